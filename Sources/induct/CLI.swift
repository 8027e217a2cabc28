/// Dispatches `induct <command> [options]` and turns errors into exit statuses:
/// 0 success, 1 failure, 2 bad usage.
enum CLI {
    static let commands: [String: @Sendable ([String]) throws -> Int32] = [
        "serve": { try ServeCommand().run($0) },
        "migrate": { try MigrateCommand().run($0) },
        "demo": { try DemoCommand().run($0) },
        "check": { try CheckCommand().run($0) },
        "user": { try UserCommand().run($0) },
        "backup": { try BackupCommand().run($0) },
        "restore": { try RestoreCommand().run($0) },
        "retention": { try RetentionCommand().run($0) },
    ]

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            Console.out(Usage.main)
            return arguments.isEmpty ? 2 : 0
        }
        guard let command = commands[name] else {
            Console.error("induct: unknown command '\(name)'\n\n\(Usage.main)")
            return 2
        }
        do {
            return try command(Array(arguments.dropFirst()))
        } catch let error as Options.UsageError {
            let lines = error.description.split(separator: "\n").map { "induct \(name): \($0)" }
            Console.error(lines.joined(separator: "\n") + "\nRun 'induct \(name) --help' for usage.")
            return 2
        } catch {
            Console.error("induct \(name): \(error)")
            return 1
        }
    }
}
