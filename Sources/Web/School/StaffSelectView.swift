import Induction
import Templates

/// Values for `partials/staff_select`: the school's accounts eligible to be an ECT's tutor or
/// mentor, with "nobody" first, and the typed choice kept selected.
enum StaffSelectView {
    static func values(_ role: AssignmentRole, people: [AssignedPerson], selected: String, error: String?) -> TemplateValue {
        let none = role == .tutor ? "No tutor yet" : "No mentor yet"
        let options = [("", none)] + people.map { (String($0.userID), $0.name) }
        let hint = role == .tutor
            ? "Staff at this school with the induction tutor or headteacher role. Add staff on the school's page"
            : "Staff at this school with the mentor role. Add staff on the school's page"
        return [
            "field": .string(role.rawValue),
            "label": .string(role == .tutor ? "Induction tutor" : "Mentor"),
            "hint": .string(hint),
            "error": TemplateValue(error),
            "options": .list(options.map { value, label in
                ["value": .string(value), "label": .string(label), "selected": .bool(value == selected)]
            }),
        ]
    }
}
