import Foundation
import HTTP
import Induction
import SQLite
import Sendmail
import Templates
import Web

struct ServeCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: SettingValues.flags(Setting.serve), flags: ["--help"])
        if options.has("--help") { Console.out(Usage.serve); return 0 }
        let settings = try ServeSettings(SettingValues(options))
        let configuration = settings.server
        let path = settings.databasePath
        try Paths.prepareDatabaseFolder(path)
        // Every loop and every worker may be reading at once.
        let database = try Database(path: path, readerCount: configuration.workerCount + configuration.eventLoopCount)
        for name in try database.migrate(Schema.migrations) { Console.log("migration_applied", [("name", name)]) }
        let templates = try TemplateLibrary(directory: settings.templatesFolder, strict: false)
        let files = try StaticFiles(root: settings.publicFolder)
        let appConfiguration = settings.application
        let sendmail = settings.sendmail
        let time = SystemTimeSource()
        let store = InductionStore(database: database, time: time)
        let application = Application(store: store, templates: templates, staticFiles: files, configuration: appConfiguration)
        let mail = OutboxDeliveryWorker(store: store, transport: SendmailTransport(command: sendmail))
        let reminders = ReminderScheduler(
            store: InductionStore(database: database, time: time, baseURL: appConfiguration.baseURL), at: settings.reminderTime,
            report: Console.reporter("reminders"))
        let backups = settings.backupFolder.map {
            DailyBackups(databasePath: path, folder: $0, keep: settings.backupKeep, time: time, report: Console.reporter("backup"))
        }
        let server = HTTPServer(configuration: configuration, handler: application.handler)
        server.installSignalHandlers()
        try server.start()
        mail.start(every: 30)
        let purge = SessionPurgeSchedule(store: application.services.sessions, report: Console.reporter("session_purge"))
        purge.start(every: 600)
        let housekeeping = OperationalPurgeSchedule(store: store, report: Console.reporter("operational_purge"))
        housekeeping.start()
        reminders.start()
        backups?.start(every: 3600)
        Console.log("started", [("address", "http://\(configuration.host):\(server.port)"), ("event_loops", String(configuration.eventLoopCount)),
                                ("workers", String(configuration.workerCount)),
                                ("mail", sendmail == nil ? "outbox_only" : "sendmail")])
        Console.out("Induct is serving on http://\(configuration.host):\(server.port)")
        if sendmail == nil { Console.out("--sendmail (INDUCT_SENDMAIL) is not set: emails wait in the outbox at /admin/outbox") }
        server.waitUntilStopped()
        mail.stop()
        purge.stop()
        housekeeping.stop()
        reminders.stop()
        backups?.stop()
        Console.log("stopped")
        return 0
    }
}
