import Foundation

/// `--name value` flags and `--switch` flags of one subcommand, checked against what it accepts.
struct Options {
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var values: [String: String] = [:]
    private(set) var switches: Set<String> = []

    /// Parses `arguments`; `valued` are flags that take a value, `flags` ones that do not.
    init(_ arguments: [String], valued: Set<String>, flags: Set<String> = []) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            if flags.contains(name), inline == nil {
                switches.insert(name)
            } else if valued.contains(name) {
                if let inline {
                    values[name] = inline
                } else {
                    index += 1
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError(description: "\(name) needs a value")
                    }
                    values[name] = arguments[index]
                }
            } else if name.hasPrefix("-") {
                throw UsageError(description: "unknown option '\(name)'")
            } else {
                throw UsageError(description: "unexpected argument '\(argument)'")
            }
            index += 1
        }
    }

    subscript(name: String) -> String? { values[name] }

    func has(_ flag: String) -> Bool { switches.contains(flag) }

    /// The flag's value, else the environment variable's, else the default.
    func value(_ name: String, env: String? = nil, default fallback: String) -> String {
        if let value = values[name] { return value }
        if let env, let value = ProcessInfo.processInfo.environment[env], !value.isEmpty { return value }
        return fallback
    }

    func integer(_ name: String, env: String? = nil, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        let text = value(name, env: env, default: String(fallback))
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(description: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }
}
