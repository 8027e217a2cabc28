import Foundation
import HTTP
import Induction
import Web

/// `induct serve`'s settings, read and checked together before anything starts.
struct ServeSettings {
    let databasePath: String
    let templatesFolder: String
    let publicFolder: String
    let reminderTime: ReminderTime
    let backupFolder: String?
    let backupKeep: Int
    let sendmail: String?
    let server: ServerConfiguration
    let application: ApplicationConfiguration

    init(_ values: SettingValues) throws {
        try values.validate(Setting.serve)
        var server = ServerConfiguration()
        server.host = try values.required(.host)
        server.port = try values.integer(.port) ?? 8080
        server.workerCount = try values.integer(.workers) ?? server.workerCount
        server.eventLoopCount = try values.integer(.eventLoops) ?? CPUAffinity.count
        Application.shape(&server)
        databasePath = try values.required(.db)
        templatesFolder = try values.required(.templates)
        publicFolder = try values.required(.publicFiles)
        reminderTime = ReminderTime(try values.required(.remindersAt)) ?? .standard
        backupFolder = try values.string(.backupDir).flatMap { $0.isEmpty ? nil : $0 }
        backupKeep = try values.integer(.backupKeep) ?? 14
        sendmail = try values.string(.sendmail).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var application = ApplicationConfiguration(
            baseURL: try values.string(.baseURL) ?? "http://\(server.host):\(server.port)",
            trustedProxy: try values.string(.trustedProxy))
        application.mailIsDelivered = sendmail != nil
        self.application = application
        // HSTS on the server's own error answers too, when people reach Induct over https.
        server.defaultResponseHeaders = SecurityHeadersMiddleware.serverResponseHeaders(
            publicURLIsHTTPS: application.baseURL.lowercased().hasPrefix("https://"))
        self.server = server
    }
}
