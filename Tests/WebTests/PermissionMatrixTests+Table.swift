import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// The table of `PermissionMatrixTests`: every route with who may use it, and the people who ask.
extension PermissionMatrixTests {
    // MARK: The table

    /// What a request must get back.
    enum Outcome: CustomStringConvertible {
        case status(Int)
        /// 303 to exactly this location.
        case redirect(String)
        /// 303 to a location starting with this.
        case redirectPrefix(String)
        /// 303 to the signed-in person's home for the role they act in.
        case home
        /// 303 to sign in: `/sign-in?next=<target>` for GET, `/sign-in` for POST.
        case signIn
        /// 403 from the access gate or the controller: "You do not have access to this page".
        case forbidden
        /// 403 from the CSRF middleware: "Your form could not be sent".
        case csrfRejected

        var description: String {
            switch self {
            case .status(let code): "\(code)"
            case .redirect(let location): "303 → \(location)"
            case .redirectPrefix(let prefix): "303 → \(prefix)…"
            case .home: "303 → home"
            case .signIn: "303 → sign in"
            case .forbidden: "403 (no access)"
            case .csrfRejected: "403 (CSRF)"
            }
        }
    }

    enum Rule: Equatable { case everyone, signedIn, permission(Action) }

    struct Row {
        let method: String
        let pattern: String
        let rule: Rule
        /// For `.everyone` routes: what a visitor and what a signed-in person get.
        var visitor: Outcome = .status(200)
        var signedIn: Outcome = .status(200)
        /// For protected routes: the roles allowed, what they get, and what everyone else signed in gets.
        var allowed: Set<Role> = []
        var allowedOutcome: Outcome = .status(200)
        var deniedOutcome: Outcome = .forbidden
        /// The route names a school's record, so a school role is allowed only at its own school.
        var scoped = false
        /// Fields sent with a POST (besides `_csrf`); "{grant}" becomes the actor's active grant id.
        var form: [(String, String)] = []

        var key: String { "\(method) \(pattern)" }
    }

    static let abRoles: Set<Role> = [.abAdmin, .abOfficer]
    static let recordReaders: Set<Role> = abRoles.union([.headteacher, .inductionLead, .inductionTutor, .mentor])
    static let schoolViewers: Set<Role> = recordReaders.union([.schoolAdmin])
    static let everyRole = Set(Role.allCases)

    static func open(_ method: String, _ pattern: String, visitor: Outcome = .status(200), signedIn: Outcome? = nil,
                     form: [(String, String)] = []) -> Row {
        Row(method: method, pattern: pattern, rule: .everyone, visitor: visitor, signedIn: signedIn ?? visitor, form: form)
    }

    static func account(_ method: String, _ pattern: String, _ outcome: Outcome, form: [(String, String)] = []) -> Row {
        Row(method: method, pattern: pattern, rule: .signedIn, allowed: everyRole, allowedOutcome: outcome, form: form)
    }

    static func guarded(_ method: String, _ pattern: String, _ action: Action, allowed: Set<Role>, _ outcome: Outcome = .status(200),
                        scoped: Bool = false, form: [(String, String)] = []) -> Row {
        Row(method: method, pattern: pattern, rule: .permission(action), allowed: allowed, allowedOutcome: outcome, scoped: scoped, form: form)
    }

    /// Every route. Empty POST forms re-render with 422: the request reached the controller.
    static let table: [Row] = generalRows + reportRows + decisionRows + observationRows + helpRows + concernRows

    static let generalRows: [Row] = [
        open("GET", "/", visitor: .status(200), signedIn: .home),
        open("GET", "/healthz"),
        open("GET", "/sign-in", visitor: .status(200), signedIn: .home),
        open("POST", "/sign-in", visitor: .status(422)),
        open("GET", "/sign-in/code", visitor: .redirect("/sign-in")),
        open("POST", "/sign-in/code", visitor: .redirect("/sign-in")),
        open("POST", "/sign-in/code/new", visitor: .redirect("/sign-in")),
        open("POST", "/sign-out", visitor: .redirect("/sign-in?signed-out=1")),
        open("GET", "/forgot-password"),
        open("POST", "/forgot-password", visitor: .status(422)),
        open("GET", "/reset-password/:token"),
        open("POST", "/reset-password/:token", visitor: .status(422)),
        open("GET", "/invitations/:token"),
        open("POST", "/invitations/:token", visitor: .status(422)),
        open("GET", "/register-school"),
        open("POST", "/register-school", visitor: .status(422)),

        account("GET", "/account", .status(200)),
        account("POST", "/account/role", .home, form: [("grant", "{grant}")]),
        account("POST", "/account/second-factor", .redirect("/account?code-saved=1"), form: [("secondFactor", "on")]),
        account("GET", "/account/password", .status(200)),
        account("GET", "/account/reminders", .status(200)),
        account("GET", "/account/notifications", .status(200)),
        account("POST", "/account/notifications/read", .redirect("/account/notifications")),
        account("POST", "/account/notifications/preferences", .redirect("/account/notifications?saved=1#email")),
        account("POST", "/account/password", .status(422)),
        // Any signed-in person passes the gate; the page itself is only for the ECT role.
        Row(method: "GET", pattern: "/my-induction", rule: .signedIn, allowed: [.ect], allowedOutcome: .status(200), deniedOutcome: .forbidden),

        guarded("GET", "/ab", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ab/reports", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ab/at-risk", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ects", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ab/search", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ab/fees", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/ab/fees.csv", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/schools/:schoolID", .viewSchool, allowed: schoolViewers, scoped: true),
        // School administrators never read ECT records; an ECT reads their own at /my-induction.
        guarded("GET", "/ects/:ectID", .viewECTRecord, allowed: recordReaders, scoped: true),
        // The school records absences and leaving (SG 3.6); the AB adjusts. Empty forms re-render with 422.
        guarded("GET", "/ects/:ectID/absences/new", .recordAbsence, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/absences/new", .recordAbsence, allowed: [.headteacher, .inductionLead], .status(422), scoped: true),
        // Only the school that recorded an absence corrects or deletes it; each request gets a fresh absence.
        guarded("GET", "/ects/:ectID/absences/:absenceID/edit", .recordAbsence, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/absences/:absenceID/edit", .recordAbsence, allowed: [.headteacher, .inductionLead], .status(422),
                scoped: true),
        guarded("GET", "/ects/:ectID/absences/:absenceID/delete", .recordAbsence, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/absences/:absenceID/delete", .recordAbsence, allowed: [.headteacher, .inductionLead],
                .redirectPrefix("/ects/"), scoped: true),
        guarded("GET", "/ects/:ectID/working-pattern", .correctRecord, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/working-pattern", .correctRecord, allowed: [.headteacher, .inductionLead], .status(422), scoped: true),
        guarded("GET", "/ects/:ectID/programme", .correctRecord, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/programme", .correctRecord, allowed: [.headteacher, .inductionLead], .status(422), scoped: true),
        guarded("GET", "/ects/:ectID/leaving", .recordLeaving, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/leaving", .recordLeaving, allowed: [.headteacher, .inductionLead], .status(422), scoped: true),
        guarded("GET", "/ects/:ectID/adjustments/new", .adjustInduction, allowed: abRoles, scoped: true),
        guarded("POST", "/ects/:ectID/adjustments/new", .adjustInduction, allowed: abRoles, .status(422), scoped: true),
        // Item 10: the school's headteacher and induction lead choose the tutor and mentor. An empty form is a 422.
        guarded("GET", "/ects/:ectID/tutor-and-mentor", .assignTutorAndMentor, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/ects/:ectID/tutor-and-mentor", .assignTutorAndMentor, allowed: [.headteacher, .inductionLead], .status(422),
                scoped: true),

        guarded("GET", "/admin/outbox", .readOutbox, allowed: [.abAdmin]),
        guarded("GET", "/admin/outbox/:messageID", .readOutbox, allowed: [.abAdmin]),
        guarded("GET", "/admin/audit", .readAuditLog, allowed: [.abAdmin]),
        guarded("GET", "/admin/registrations", .decideSchoolRegistrations, allowed: [.abAdmin]),
        guarded("POST", "/admin/registrations/:requestID/authorise", .decideSchoolRegistrations, allowed: [.abAdmin],
                .redirectPrefix("/admin/registrations?authorised=")),
        guarded("GET", "/admin/registrations/:requestID/reject", .decideSchoolRegistrations, allowed: [.abAdmin]),
        guarded("POST", "/admin/registrations/:requestID/reject", .decideSchoolRegistrations, allowed: [.abAdmin],
                .redirectPrefix("/admin/registrations?rejected="), form: [("reason", "The school is outside our area")]),
        guarded("GET", "/admin/officers/new", .inviteAppropriateBodyStaff, allowed: [.abAdmin]),
        guarded("POST", "/admin/officers", .inviteAppropriateBodyStaff, allowed: [.abAdmin],
                .redirectPrefix("/admin/officers/new?invited="), form: [("name", "Nia Officer"), ("email", "{unique}@pennine.example")]),
        guarded("GET", "/admin/settings", .manageSettings, allowed: [.abAdmin]),
        guarded("POST", "/admin/settings", .manageSettings, allowed: [.abAdmin], .redirect("/admin/settings?saved=1")),
        guarded("GET", "/admin/appropriate-body", .manageSettings, allowed: [.abAdmin]),
        guarded("POST", "/admin/appropriate-body", .manageSettings, allowed: [.abAdmin], .status(422)),
        guarded("GET", "/admin/term-dates", .manageSettings, allowed: [.abAdmin]),
        guarded("GET", "/admin/term-dates/:year", .manageSettings, allowed: [.abAdmin]),
        guarded("POST", "/admin/term-dates/:year", .manageSettings, allowed: [.abAdmin], .status(422)),
        guarded("POST", "/admin/term-dates/:year/reset", .manageSettings, allowed: [.abAdmin], .redirect("/admin/term-dates?reset=2026")),
        guarded("GET", "/admin/report-questions", .manageSettings, allowed: [.abAdmin]),
        guarded("GET", "/admin/report-questions/new", .manageSettings, allowed: [.abAdmin]),
        guarded("POST", "/admin/report-questions/new", .manageSettings, allowed: [.abAdmin], .status(422)),
        guarded("POST", "/admin/report-questions/:questionID/retire", .manageSettings, allowed: [.abAdmin],
                .redirect("/admin/report-questions?retired=1")),
        guarded("POST", "/admin/report-questions/:questionID/move", .manageSettings, allowed: [.abAdmin],
                .redirect("/admin/report-questions?moved=1"), form: [("direction", "up")]),
        // ECT registration (issue 4 item 4): the school registers, the appropriate body decides.
        guarded("GET", "/schools/:schoolID/ects/new", .registerECT, allowed: [.headteacher, .inductionLead, .schoolAdmin], scoped: true),
        guarded("POST", "/schools/:schoolID/ects/new", .registerECT, allowed: [.headteacher, .inductionLead, .schoolAdmin], .status(422),
                scoped: true),
        guarded("GET", "/schools/:schoolID/ect-registrations/:periodID/withdraw", .registerECT,
                allowed: [.headteacher, .inductionLead, .schoolAdmin], scoped: true),
        guarded("POST", "/schools/:schoolID/ect-registrations/:periodID/withdraw", .registerECT,
                allowed: [.headteacher, .inductionLead, .schoolAdmin], .redirectPrefix("/schools/"), scoped: true),
        guarded("GET", "/ab/ect-registrations", .confirmECTRegistration, allowed: abRoles),
        guarded("POST", "/ab/ect-registrations/:periodID/confirm", .confirmECTRegistration, allowed: abRoles,
                .redirectPrefix("/ab/ect-registrations?confirmed=")),
        guarded("GET", "/ab/ect-registrations/:periodID/reject", .confirmECTRegistration, allowed: abRoles),
        guarded("POST", "/ab/ect-registrations/:periodID/reject", .confirmECTRegistration, allowed: abRoles,
                .redirectPrefix("/ab/ect-registrations?rejected="), form: [("reason", "The TRN does not match the TRA record")]),
        // Schools (issue 4 items 2 and 3): the AB lists and suspends schools; heads and induction leads manage staff.
        guarded("GET", "/ab/schools", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("POST", "/ab/schools/:schoolID/status", .manageSchools, allowed: [.abAdmin], .redirectPrefix("/schools/"),
                form: [("status", "authorised")]),
        guarded("POST", "/ab/schools/:schoolID/phase", .manageSchools, allowed: [.abAdmin], .redirectPrefix("/schools/"),
                form: [("phase", "primary")]),
        guarded("POST", "/ab/schools/:schoolID/chase", .viewAppropriateBodyHome, allowed: abRoles, .redirectPrefix("/schools/")),
        guarded("GET", "/schools/:schoolID/staff/new", .manageSchoolStaff, allowed: [.headteacher, .inductionLead], scoped: true),
        guarded("POST", "/schools/:schoolID/staff/new", .manageSchoolStaff, allowed: [.headteacher, .inductionLead], .status(422),
                scoped: true),
        guarded("GET", "/schools/:schoolID/staff/:grantID/remove", .manageSchoolStaff, allowed: [.headteacher, .inductionLead],
                scoped: true),
        guarded("POST", "/schools/:schoolID/staff/:grantID/remove", .manageSchoolStaff, allowed: [.headteacher, .inductionLead],
                .redirectPrefix("/schools/"), scoped: true),
        // Bulk import of ECTs (issue 4 item 9): an empty paste is a 422; the errors download is always a CSV.
        guarded("GET", "/schools/:schoolID/ects/import", .importECTs, allowed: [.headteacher, .inductionLead, .schoolAdmin], scoped: true),
        guarded("POST", "/schools/:schoolID/ects/import", .importECTs, allowed: [.headteacher, .inductionLead, .schoolAdmin], .status(422),
                scoped: true),
        guarded("GET", "/schools/:schoolID/ects/import/template.csv", .importECTs, allowed: [.headteacher, .inductionLead, .schoolAdmin],
                scoped: true),
        guarded("POST", "/schools/:schoolID/ects/import/errors.csv", .importECTs, allowed: [.headteacher, .inductionLead, .schoolAdmin],
                scoped: true),
        guarded("GET", "/ab/ect-imports", .importECTs, allowed: abRoles),
        guarded("POST", "/ab/ect-imports", .importECTs, allowed: abRoles, .status(422)),
        guarded("GET", "/ab/ect-imports/template.csv", .importECTs, allowed: abRoles),
        guarded("POST", "/ab/ect-imports/errors.csv", .importECTs, allowed: abRoles),
    ]

    // MARK: Who asks

    /// A demo person acting in one role. `own` is the school their role is at (for AB staff, just a
    /// school to ask about); `other` is a school where their role gives them nothing.
    struct Actor: CustomStringConvertible {
        let role: Role
        let email: String
        let ownURN: String
        let otherURN: String
        var description: String { "\(role.rawValue) \(email)" }
    }

    static let calder = DemoRecords.calderValleyURN
    static let holme = DemoRecords.holmeMossURN
    static let aidans = DemoRecords.stAidansURN

    static let actors: [Actor] = [
        Actor(role: .abAdmin, email: "ab-admin@pennine.example", ownURN: calder, otherURN: holme),
        Actor(role: .abOfficer, email: "ab-officer@pennine.example", ownURN: calder, otherURN: holme),
        Actor(role: .headteacher, email: "headteacher@107512.schools.example", ownURN: calder, otherURN: holme),
        Actor(role: .inductionLead, email: "induction-lead@107512.schools.example", ownURN: calder, otherURN: holme),
        // The Calder Valley headteacher acting in her second role.
        Actor(role: .inductionTutor, email: "headteacher@107512.schools.example", ownURN: calder, otherURN: holme),
        Actor(role: .mentor, email: "mentor@107512.schools.example", ownURN: calder, otherURN: holme),
        Actor(role: .schoolAdmin, email: "school-admin@107512.schools.example", ownURN: calder, otherURN: holme),
        Actor(role: .ect, email: "amelia.hartley@107512.schools.example", ownURN: calder, otherURN: holme),
        // Joanne Firth mentors at Holme Moss and tutors at St Aidan's: acting as mentor, St Aidan's is another school.
        Actor(role: .mentor, email: "mentor@138204.schools.example", ownURN: holme, otherURN: aidans),
        Actor(role: .inductionTutor, email: "induction-tutor@138204.schools.example", ownURN: holme, otherURN: calder),
    ]
}
