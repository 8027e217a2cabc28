import Foundation

/// The settings' values for one run: the flag's, else the environment variable's (when not empty),
/// else the default, each checked so a bad value stops start-up with a message naming flag and variable.
struct SettingValues {
    let options: Options
    let environment: [String: String]

    init(_ options: Options, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.options = options
        self.environment = environment
    }

    /// The flags `Options` should accept for these settings.
    static func flags(_ settings: [Setting]) -> Set<String> { Set(settings.map(\.flag)) }

    /// The unchecked value, nil when the setting is unset and has no default.
    func raw(_ setting: Setting) -> String? {
        if let value = options[setting.flag] { return value }
        if let value = environment[setting.variable], !value.isEmpty { return value }
        return setting.fallback
    }

    /// What is wrong with the setting's value, as a whole sentence, or nil.
    func problem(_ setting: Setting) -> String? {
        guard let value = raw(setting), let problem = setting.problem(value) else { return nil }
        return "\(setting.flag) (\(setting.variable)) \(problem), got '\(value)'"
    }

    func problems(_ settings: [Setting]) -> [String] { settings.compactMap(problem) }

    /// Every problem at once, so one start-up names them all.
    func validate(_ settings: [Setting]) throws {
        let found = problems(settings)
        guard found.isEmpty else { throw Options.UsageError(description: found.joined(separator: "\n")) }
    }

    func string(_ setting: Setting) throws -> String? {
        if let problem = problem(setting) { throw Options.UsageError(description: problem) }
        return raw(setting)
    }

    func required(_ setting: Setting) throws -> String {
        guard let value = try string(setting) else {
            throw Options.UsageError(description: "\(setting.flag) (\(setting.variable)) must be given")
        }
        return value
    }

    func integer(_ setting: Setting) throws -> Int? {
        try string(setting).flatMap { Int($0) }
    }
}
