import SQLite

extension ECTImportCheck {
    /// Item 10: the CSV names the tutor and mentor by their account's email address. An address that
    /// is no account holding the role at the row's school is a row error; an empty one is nobody yet.
    func resolveStaff(_ row: ECTImportRow, schoolID: Int, into form: inout ECTRegistrationForm, _ problems: inout [String: String],
                      _ c: Connection) throws {
        for (role, email) in [(AssignmentRole.tutor, row.tutorEmail), (.mentor, row.mentorEmail)] where !email.isEmpty {
            let column = ECTCSVColumn.name(forField: role.rawValue)
            guard let user = try AccountDirectory().user(email: email, c) else {
                problems[role.rawValue] = "No account has the email address \(email). Add them to the school's staff first, "
                    + "or leave \(column) empty"
                continue
            }
            guard try StaffAssignments().isEligible(userID: user.id, role, schoolID: schoolID, c) else {
                problems[role.rawValue] = "\(user.name) (\(email)) does not hold \(role.eligibilityPhrase) at this school"
                continue
            }
            if role == .tutor { form.tutor = String(user.id) } else { form.mentor = String(user.id) }
        }
    }
}
