extension InductionReader {
    /// Every registration waiting for the appropriate body, oldest first.
    public func pendingECTRegistrations() throws -> [PendingECTRegistration] {
        try database.read { try PendingECTRegistrations().list($0) }
    }

    /// One pending registration by its induction period's id; nil when there is none or it is decided.
    public func pendingECTRegistration(periodID: Int) throws -> PendingECTRegistration? {
        try database.read { try PendingECTRegistrations().find(periodID: periodID, $0) }
    }

    /// The pending registration `periodID` at `schoolID`, or nil: another school's is nil.
    public func pendingECTRegistration(periodID: Int, schoolID: Int) throws -> PendingECTRegistration? {
        try database.read { try PendingECTRegistrations().find(periodID: periodID, schoolID: schoolID, $0) }
    }

    /// The school and its eligible tutors and mentors, or nil when there is no such school.
    public func ectRegistrationFormChoices(schoolID: Int) throws -> ECTRegistrationFormChoices? {
        try database.read { c in
            guard let school = try InductionDirectory().roster(schoolID: schoolID, c)?.school else { return nil }
            return ECTRegistrationFormChoices(school: school, tutors: try StaffAssignments().eligible(.tutor, schoolID: schoolID, c),
                                              mentors: try StaffAssignments().eligible(.mentor, schoolID: schoolID, c))
        }
    }

    /// Every problem `ImportECTs` would report for this CSV, without writing anything (for the errors CSV).
    /// `schoolID` nil means an appropriate body import, with a `school_urn` column.
    public func ectImportProblems(_ text: String, schoolID: Int?, today: CalendarDate) throws -> [ECTImportError] {
        try database.read { try ECTImportCheck(today: today).prepare(text, schoolID: schoolID, $0).errors }
    }
}
