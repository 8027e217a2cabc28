import Induction

/// Where each role lands after signing in.
enum HomePaths {
    static func home(for grant: RoleGrant) -> String {
        if grant.role.isAppropriateBodyStaff { return "/ab" }
        if grant.role == .ect { return "/my-induction" }
        return "/schools/\(grant.schoolID ?? 0)"
    }
}
