/// One text input of a form, as the `partials/input` template draws it.
struct FormField: Sendable {
    let name: String
    let label: String
    var type = "text"
    var autocomplete = "off"
    var hint = ""
    var width = ""
    /// Secrets are never written back into the page.
    var echoesValue = true

    static func email(_ name: String = "email", label: String = "Email address") -> FormField {
        FormField(name: name, label: label, type: "email", autocomplete: "email")
    }

    static func password(_ name: String, label: String, autocomplete: String = "new-password", hint: String = "") -> FormField {
        FormField(name: name, label: label, type: "password", autocomplete: autocomplete, hint: hint, echoesValue: false)
    }
}
