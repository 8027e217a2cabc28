/// One configuration setting: a `--flag`, its `INDUCT_*` environment variable, a default and a check
/// of the value. `serve`, `check` and the help text all read settings from `Setting.serve`.
struct Setting: Sendable {
    let flag: String
    let placeholder: String
    /// Used when neither the flag nor the variable is given; nil means the setting is off or derived.
    let fallback: String?
    /// How the help describes the default, when `fallback` alone does not say it.
    let fallbackHelp: String?
    let help: String
    /// What is wrong with a value, phrased to follow "--flag (INDUCT_FLAG)", or nil when it is fine.
    let problem: @Sendable (String) -> String?

    init(_ flag: String, _ placeholder: String, default fallback: String?, defaultHelp: String? = nil, help: String,
         problem: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.flag = flag
        self.placeholder = placeholder
        self.fallback = fallback
        self.fallbackHelp = defaultHelp
        self.help = help
        self.problem = problem
    }

    /// `--base-url` is `INDUCT_BASE_URL`: the flag's name, upper-cased, with underscores.
    var variable: String {
        "INDUCT_" + flag.dropFirst(2).uppercased().replacingOccurrences(of: "-", with: "_")
    }

    var helpLine: String {
        let name = "  \(flag) \(placeholder)"
        let defaultText = fallbackHelp ?? fallback.map { $0.isEmpty ? "none" : $0 } ?? "none"
        let description = "\(help) (env \(variable); default \(defaultText))"
        let column = 20
        if name.count < column - 1 {
            return name + String(repeating: " ", count: column - name.count) + description
        }
        return name + "\n" + String(repeating: " ", count: column) + description
    }
}
