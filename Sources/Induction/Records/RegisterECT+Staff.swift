import SQLite

/// Item 10: the tutor and mentor a school chooses when registering are its own staff accounts.
/// They are kept on the pending induction period and assigned when the appropriate body confirms it.
extension RegisterECT {
    /// Migration001 requires a tutor name on every ECT; since Migration007 the tutor is a staff
    /// assignment and `ects.tutor_name` is no longer read.
    static let legacyTutorName = "see staff assignments"

    /// Why the chosen tutor or mentor cannot be, keyed by form field; nil when both can (or are nobody).
    static func staffRefusal(_ r: ECTRegistration, schoolID: Int, _ c: Connection) throws -> [String: String]? {
        var refusal: [String: String] = [:]
        for (role, userID) in [(AssignmentRole.tutor, r.tutorUserID), (.mentor, r.mentorUserID)] {
            guard let userID, !(try StaffAssignments().isEligible(userID: userID, role, schoolID: schoolID, c)) else { continue }
            refusal[role.rawValue] = "Select someone who holds \(role.eligibilityPhrase) at this school"
        }
        return refusal.isEmpty ? nil : refusal
    }

    /// The new period, waiting for the AB, with the school's choice of tutor and mentor.
    static func insertPendingPeriod(_ r: ECTRegistration, ectID: Int, schoolID: Int, at stamp: String, _ c: Connection) throws {
        try c.run(
            """
            INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at, tutor_user_id, mentor_user_id)
            VALUES (?, ?, ?, 'pending', ?, ?, ?)
            """, [ectID, schoolID, r.inductionStart.iso, stamp, r.tutorUserID, r.mentorUserID])
    }

    /// On confirmation: the period's tutor and mentor become the ECT's from the period's start,
    /// closing the last school's assignments on the day that school's period ended.
    static func assignStaff(periodID: Int, author: Author, at stamp: String, _ c: Connection) throws {
        guard let period = try c.queryOne("SELECT * FROM induction_periods WHERE id = ?", [periodID]),
              let from = CalendarDate(iso: try period.string("start_date")) else { return }
        let ectID = try period.int("ect_id")
        let schoolID = try period.int("school_id")
        let lastPeriodEnd = try c.queryOne(
            """
            SELECT max(end_date) AS last_end FROM induction_periods
            WHERE ect_id = ? AND id <> ? AND status = 'confirmed' AND end_date < ?
            """,
            [ectID, periodID, from.iso])?.optionalString("last_end").flatMap(CalendarDate.init(iso:))
        for role in AssignmentRole.allCases {
            let chosen = try period.optionalInt("\(role.rawValue)_user_id")
            let current = try c.queryOne(
                "SELECT school_id, user_id FROM staff_assignments WHERE ect_id = ? AND role = ? AND to_date IS NULL", [ectID, role.rawValue])
            // Nothing to do when nobody was chosen and nobody from another school is still assigned.
            if chosen == nil, try current?.int("school_id") ?? schoolID == schoolID { continue }
            if let chosen, try current?.int("user_id") == chosen, try current?.int("school_id") == schoolID { continue }
            // The school may have removed the role since it registered: then nobody is assigned.
            let eligible = try chosen.map { try StaffAssignments().isEligible(userID: $0, role, schoolID: schoolID, c) ? $0 : nil } ?? nil
            let (old, new) = try AssignTutorAndMentor.change(role, to: eligible, from: from, lastDay: lastPeriodEnd, ectID: ectID,
                                                            schoolID: schoolID, assignedBy: author.userID, at: stamp, c)
            try AuditEvent(author: author, action: .staffChanged(role), recordType: "ect",
                           recordID: ectID, detail: "\(role.title): \(old ?? "nobody") → \(new ?? "nobody") from \(from.ukLong)")
                .record(in: c, at: stamp)
        }
    }
}
