/// One page of the user guide: a guide per role, and the page on the statutory rules.
enum HelpTopic: String, CaseIterable, Sendable {
    case appropriateBodyOfficer = "appropriate-body-officer"
    case appropriateBodyAdmin = "appropriate-body-admin"
    case headteacher
    case inductionLead = "induction-lead"
    case inductionTutor = "induction-tutor"
    case mentor
    case schoolAdministrator = "school-administrator"
    case earlyCareerTeacher = "early-career-teacher"
    case rules

    var path: String { "/help/\(rawValue)" }

    var template: String { "pages/help/\(rawValue.replacingOccurrences(of: "-", with: "_"))" }

    var title: String {
        switch self {
        case .appropriateBodyOfficer: "Help for appropriate body officers"
        case .appropriateBodyAdmin: "Help for appropriate body admins"
        case .headteacher: "Help for headteachers"
        case .inductionLead: "Help for induction leads"
        case .inductionTutor: "Help for induction tutors"
        case .mentor: "Help for mentors"
        case .schoolAdministrator: "Help for school administrators"
        case .earlyCareerTeacher: "Help for early career teachers"
        case .rules: "What the statutory rules mean in Induct"
        }
    }

    var summary: String {
        switch self {
        case .appropriateBodyOfficer: "Confirm registrations, check reports, record decisions and make returns to the DfE."
        case .appropriateBodyAdmin: "Everything an officer does, plus schools, staff, settings, term dates, the outbox and the audit log."
        case .headteacher: "Sign formal assessments, make the final recommendation and run induction at your school."
        case .inductionLead: "Register ECTs, choose tutors and mentors, record absences and keep reports on time."
        case .inductionTutor: "Write progress reviews and formal assessments, share them, sign and submit them."
        case .mentor: "Read your ECTs’ records and shared reports. Mentors support and never assess."
        case .schoolAdministrator: "Register ECTs by form or CSV file and follow their registrations."
        case .earlyCareerTeacher: "See your induction, comment on and sign your reports, and keep copies."
        case .rules: "Terms, part time, the 30-day rule, reviews and assessments, and the statutory clocks."
        }
    }
}
