import Foundation
import HTTP
import Induction
import SQLite
import Sendmail
import Templates
import Web

struct ServeCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db", "--host", "--port", "--workers", "--templates", "--public", "--base-url", "--trusted-proxy", "--reminders-at", "--backup-dir", "--backup-keep"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.serve); return 0 }
        var configuration = ServerConfiguration()
        configuration.host = options.value("--host", env: "INDUCT_HOST", default: "127.0.0.1")
        configuration.port = try options.integer("--port", env: "INDUCT_PORT", default: 8080, range: 0...65535)
        configuration.workerCount = try options.integer("--workers", env: "INDUCT_WORKERS", default: configuration.workerCount, range: 1...256)
        configuration.bodyLimitForPath = Application.bodyLimit(forPath:)
        let remindersAt = options.value("--reminders-at", env: "INDUCT_REMINDERS_AT", default: ReminderTime.standard.description)
        guard let reminderTime = ReminderTime(remindersAt) else {
            throw Options.UsageError(description: "--reminders-at must be a time HH:MM, not '\(remindersAt)'")
        }
        let path = options.value("--db", env: "INDUCT_DB", default: Paths.database)
        try Paths.prepareDatabaseFolder(path)
        let database = try Database(path: path, readerCount: configuration.workerCount)
        for name in try database.migrate(Schema.migrations) { Console.error("applied migration \(name)") }
        let templates = try TemplateLibrary(directory: options.value("--templates", env: "INDUCT_TEMPLATES", default: Paths.templates), strict: false)
        let files = try StaticFiles(root: options.value("--public", env: "INDUCT_PUBLIC", default: Paths.publicFiles))
        var appConfiguration = ApplicationConfiguration(
            baseURL: options.value("--base-url", env: "INDUCT_BASE_URL", default: "http://\(configuration.host):\(configuration.port)"),
            trustedProxy: options["--trusted-proxy"] ?? ProcessInfo.processInfo.environment["INDUCT_TRUSTED_PROXY"])
        configuration.defaultResponseHeaders = SecurityHeadersMiddleware.serverResponseHeaders(
            publicURLIsHTTPS: appConfiguration.baseURL.lowercased().hasPrefix("https://"))
        let sendmail = ProcessInfo.processInfo.environment["INDUCT_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        appConfiguration.mailIsDelivered = sendmail != nil
        let time = SystemTimeSource()
        let store = InductionStore(database: database, time: time)
        let application = Application(store: store, templates: templates, staticFiles: files, configuration: appConfiguration)
        let mail = OutboxDeliveryWorker(store: store, transport: SendmailTransport(command: sendmail))
        let reminders = ReminderScheduler(
            store: InductionStore(database: database, time: time, baseURL: appConfiguration.baseURL), at: reminderTime
        ) { Console.error($0) }
        let backups = try Self.dailyBackups(options, databasePath: path, time: time)
        let server = HTTPServer(configuration: configuration, handler: application.handler)
        server.installSignalHandlers()
        try server.start()
        mail.start(every: 30)
        let purge = SessionPurgeSchedule(store: application.services.sessions) { Console.error($0) }
        purge.start(every: 600)
        let housekeeping = OperationalPurgeSchedule(store: store) { Console.error($0) }
        housekeeping.start()
        reminders.start()
        backups?.start(every: 3600)
        Console.out("Induct is serving on http://\(configuration.host):\(server.port)")
        if sendmail == nil { Console.out("INDUCT_SENDMAIL is not set: emails wait in the outbox at /admin/outbox") }
        server.waitUntilStopped()
        mail.stop()
        purge.stop()
        housekeeping.stop()
        reminders.stop()
        backups?.stop()
        Console.error("stopped")
        return 0
    }

    private static func dailyBackups(_ options: Options, databasePath: String, time: any TimeSource) throws -> DailyBackups? {
        let folder = options.value("--backup-dir", env: "INDUCT_BACKUP_DIR", default: "")
        let keep = try options.integer("--backup-keep", env: "INDUCT_BACKUP_KEEP", default: 14, range: 1...3650)
        guard !folder.isEmpty else { return nil }
        return DailyBackups(databasePath: databasePath, folder: folder, keep: keep, time: time) { Console.error($0) }
    }
}
