import Induction

/// Issue 11 items 3 and 5 in `PermissionMatrixTests`' table: an ECT's concerns reach AB staff and no
/// one at the school; the page of who can see a record is the ECT's own. Every school role is denied.
extension PermissionMatrixTests {
    static let concernRows: [Row] = [
        guarded("GET", "/my-induction/access", .viewOwnAccessLog, allowed: [.ect]),
        guarded("GET", "/my-induction/concerns", .raiseConcern, allowed: [.ect]),
        guarded("GET", "/my-induction/concerns/new", .raiseConcern, allowed: [.ect]),
        // An empty concern re-renders with 422: the request reached the controller.
        guarded("POST", "/my-induction/concerns/new", .raiseConcern, allowed: [.ect], .status(422)),
        guarded("GET", "/ab/concerns", .answerConcern, allowed: abRoles),
        guarded("GET", "/ab/concerns/:concernID", .answerConcern, allowed: abRoles),
        guarded("POST", "/ab/concerns/:concernID", .answerConcern, allowed: abRoles, .status(422)),
    ]
}
