extension InductionReader {
    /// The school role as its removal page shows it, or nil when that school has no such role.
    public func schoolRoleRemoval(grantID: Int, schoolID: Int, actorUserID: Int) throws -> SchoolRoleRemoval? {
        try database.read { try SchoolRoleRemoval.load(grantID: grantID, schoolID: schoolID, actorUserID: actorUserID, $0) }
    }

    /// The school's staff who may be chosen as induction tutor and as mentor, from one read.
    public func eligibleTutorsAndMentors(schoolID: Int) throws -> (tutors: [AssignedPerson], mentors: [AssignedPerson]) {
        try database.read { c in
            (try StaffAssignments().eligible(.tutor, schoolID: schoolID, c), try StaffAssignments().eligible(.mentor, schoolID: schoolID, c))
        }
    }

    /// For `induct user add --school URN`: the school's id, or nil when no school has that URN.
    public func schoolID(urn: String) throws -> Int? {
        try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = ?", [urn.trimmingCharacters(in: .whitespaces)]) }
    }
}
