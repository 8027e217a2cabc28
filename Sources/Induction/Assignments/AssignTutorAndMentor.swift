import SQLite

/// Item 10: the school's headteacher or induction lead chooses the ECT's induction tutor and mentor
/// from its staff accounts. A change closes the current assignment the day before the new one
/// starts (or on the day, when both start the same day), and is audited with the old and new names,
/// in one transaction.
public struct AssignTutorAndMentor: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public enum Outcome: Sendable, Equatable {
        /// The roles that changed.
        case changed([AssignmentRole])
        /// Messages keyed by "tutor", "mentor" or "from".
        case refused([String: String])
    }

    public func assign(_ choice: TutorAndMentorChoice, ectID: Int, author: Author) throws -> Outcome {
        try store.change { c, stamp in
            guard let schoolID = try c.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ectID]) else {
                throw ECTRecordError.notFound
            }
            let current = try StaffAssignments().history(ectID: ectID, c).filter(\.isCurrent)
            var refusals: [String: String] = [:]
            var changes: [AssignmentRole] = []
            for role in AssignmentRole.allCases {
                let now = current.first { $0.role == role }
                let wanted = choice.userID(role)
                guard wanted != now?.person.userID else { continue }
                if let wanted, !(try StaffAssignments().isEligible(userID: wanted, role, schoolID: schoolID, c)) {
                    refusals[role.rawValue] = "Select someone who holds \(role.eligibilityPhrase) at this school"
                } else if let now, choice.from < now.from {
                    refusals["from"] = refusals["from"]
                        ?? ("The date the change takes effect must be on or after \(now.from.ukLong), "
                            + "when \(now.person.name) became \(role.title.lowercased())")
                } else {
                    changes.append(role)
                }
            }
            if changes.isEmpty, refusals.isEmpty {
                refusals["tutor"] = "Choose a different induction tutor or mentor to make a change"
            }
            guard refusals.isEmpty else { return .refused(refusals) }
            for role in changes {
                let (old, new) = try Self.change(role, to: choice.userID(role), from: choice.from, ectID: ectID, schoolID: schoolID,
                                                 assignedBy: author.userID, at: stamp, c)
                try AuditEvent(author: author, action: .staffChanged(role), recordType: "ect", recordID: ectID,
                               detail: "\(role.title): \(old ?? "nobody") → \(new ?? "nobody") from \(choice.from.ukLong)")
                    .record(in: c, at: stamp)
            }
            return .changed(changes)
        }
    }

    /// Closes the current assignment of `role` (on `lastDay`, else the day before `from`) and opens
    /// one for `userID` (nobody when nil) from `from`. Returns the old and new names. Registration's
    /// confirmation uses it too.
    static func change(_ role: AssignmentRole, to userID: Int?, from: CalendarDate, lastDay: CalendarDate? = nil, ectID: Int, schoolID: Int,
                       assignedBy: Int?, at stamp: String, _ c: Connection) throws -> (old: String?, new: String?) {
        let current = try c.queryOne(
            """
            SELECT a.id, a.from_date, u.name FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id = ? AND a.role = ? AND a.to_date IS NULL
            """, [ectID, role.rawValue])
        if let current, let started = CalendarDate(iso: try current.string("from_date")) {
            let end = max(started, min(lastDay ?? from.adding(days: -1), from.adding(days: -1)))
            try c.run("UPDATE staff_assignments SET to_date = ? WHERE id = ?", [end.iso, try current.int("id")])
        }
        var newName: String?
        if let userID {
            try c.run(
                """
                INSERT INTO staff_assignments (ect_id, school_id, user_id, role, from_date, assigned_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [ectID, schoolID, userID, role.rawValue, from.iso, assignedBy, stamp])
            newName = try c.queryOne("SELECT name FROM users WHERE id = ?", [userID])?.string("name")
        }
        return (try current?.string("name"), newName)
    }
}
