import HTTP
import Induction

/// Every setting Induct reads, and which commands read them.
extension Setting {
    static let db = Setting("--db", "PATH", default: Paths.database, help: "SQLite database file",
                            problem: SettingCheck.databasePath)
    static let host = Setting("--host", "ADDRESS", default: "127.0.0.1", help: "address to listen on",
                              problem: SettingCheck.listenAddress)
    static let port = Setting("--port", "N", default: "8080", help: "port to listen on, 0 for any",
                              problem: SettingCheck.integer(0...65535))
    static let workers = Setting("--workers", "N", default: nil, defaultHelp: "2 per core, at least 4",
                                 help: "worker threads for requests", problem: SettingCheck.integer(1...256))
    static let eventLoops = Setting("--event-loops", "N", default: nil, defaultHelp: "one per CPU the process may run on",
                                    help: "event-loop threads; each answers page views itself", problem: SettingCheck.integer(1...64))
    static let templates = Setting("--templates", "DIR", default: Paths.templates, help: "HTML templates (default ./Templates, else beside the binary)",
                                   problem: SettingCheck.directory)
    static let publicFiles = Setting("--public", "DIR", default: Paths.publicFiles, help: "static files served under /static/ (default ./Public, else beside the binary)",
                                     problem: SettingCheck.directory)
    static let baseURL = Setting("--base-url", "URL", default: nil, defaultHelp: "http://HOST:PORT",
                                 help: "the address people use, for links in emails", problem: SettingCheck.baseURL)
    static let trustedProxy = Setting("--trusted-proxy", "ADDRESS", default: nil,
                                      help: "the reverse proxy whose X-Forwarded-Proto/-For are believed",
                                      problem: SettingCheck.ipAddress)
    static let remindersAt = Setting("--reminders-at", "HH:MM", default: ReminderTime.standard.description,
                                     help: "the London time each day's report reminders are sent; started later, or after a day down, the server sends the day's reminders at once",
                                     problem: SettingCheck.timeOfDay)
    static let backupDir = Setting("--backup-dir", "DIR", default: nil,
                                   help: "write induct-YYYY-MM-DD.sqlite there daily, at start-up if today's is missing",
                                   problem: SettingCheck.backupFolder)
    static let backupKeep = Setting("--backup-keep", "N", default: "14", help: "daily backups kept, the oldest deleted beyond it",
                                    problem: SettingCheck.integer(1...3650))
    static let sendmail = Setting("--sendmail", "COMMAND", default: nil,
                                  defaultHelp: "none: emails wait in the outbox at /admin/outbox",
                                  help: "deliver the outbox every 30 seconds through this sendmail-compatible command, e.g. \"/usr/sbin/sendmail -t -i\"",
                                  problem: SettingCheck.command)

    static let serve: [Setting] = [
        db, host, port, workers, eventLoops, templates, publicFiles, baseURL, trustedProxy, remindersAt, backupDir, backupKeep, sendmail,
    ]
}
