import Induction
import Templates

/// The header links for the role a person is acting in.
enum Navigation {
    static func items(for principal: Principal?, path: String) -> [TemplateValue] {
        guard let principal else { return [item("Sign in", "/sign-in", path)] }
        var links = [("Home", HomePaths.home(for: principal.active))]
        switch principal.active.role {
        case .abAdmin:
            links += [("Schools", "/ab/schools"), ("Schools and ECTs", "/ects"), ("Reports", "/ab/reports"), ("At risk", "/ab/at-risk"),
                      ("Registrations", "/admin/registrations"), ("Outbox", "/admin/outbox"),
                      ("Audit log", "/admin/audit"), ("Settings", "/admin/settings")]
        case .abOfficer:
            links += [("Schools", "/ab/schools"), ("Schools and ECTs", "/ects"), ("Reports", "/ab/reports"), ("At risk", "/ab/at-risk")]
        default:
            break
        }
        links += [("Notifications", "/account/notifications"), ("Your account", "/account")]
        return links.map { item($0.0, $0.1, path) }
    }

    private static func item(_ label: String, _ href: String, _ path: String) -> TemplateValue {
        ["label": .string(label), "href": .string(href), "current": .bool(href == path)]
    }
}
