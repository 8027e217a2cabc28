import Induction
import SQLite

/// `induct user add`: the first appropriate body admin, or anyone, from the command line.
struct UserCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        guard arguments.first == "add" else {
            if arguments.first == "--help" { Console.out(Usage.user); return 0 }
            throw Options.UsageError(description: "expected 'induct user add'")
        }
        let options = try Options(Array(arguments.dropFirst()), valued: ["--db", "--email", "--name", "--role", "--school", "--base-url"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.user); return 0 }
        guard let email = options["--email"], let name = options["--name"], let roleName = options["--role"] else {
            throw Options.UsageError(description: "--email, --name and --role are required")
        }
        guard let role = Role(rawValue: roleName), role != .ect else {
            let roles = Role.allCases.filter { $0 != .ect }.map(\.rawValue).joined(separator: ", ")
            throw Options.UsageError(description: "--role must be one of \(roles)")
        }
        let path = try SettingValues(options).required(.db)
        let database = try Database(path: path, readerCount: 1)
        _ = try database.migrate(Schema.migrations)
        let store = InductionStore(database: database, time: SystemTimeSource(),
                                   baseURL: try SettingValues(options).string(.baseURL) ?? "http://127.0.0.1:8080")
        let grants = GrantRole(store: store)
        var schoolID: Int?
        if let urn = options["--school"] {
            guard let id = try store.reader.schoolID(urn: urn) else { throw Options.UsageError(description: "no school has URN \(urn)") }
            schoolID = id
        }
        do {
            let invitee = try InvitationForm(name: name, email: email).validate().mapError { invalid in
                Options.UsageError(description: invalid.messages.sorted { $0.key > $1.key }.map(\.value).joined(separator: "; "))
            }.get()
            let result = try grants.grant(role, to: invitee, schoolID: schoolID, author: .system("induct user add"))
            Console.out(result.link.map { "Invitation link (valid 7 days, single use): \($0)" } ?? "\(email) already has a password; they now also hold \(role.title)")
            return 0
        } catch let error as RoleGrantError {
            Console.error("induct user add: \(error.message)")
            return 1
        }
    }
}
