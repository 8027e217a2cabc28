/// The help pages of `PermissionMatrixTests`' table (issue 11 item 9): open to everyone, signed in or not.
extension PermissionMatrixTests {
    static let helpRows: [Row] = [
        open("GET", "/help"),
        open("GET", "/help/appropriate-body-officer"),
        open("GET", "/help/appropriate-body-admin"),
        open("GET", "/help/headteacher"),
        open("GET", "/help/induction-lead"),
        open("GET", "/help/induction-tutor"),
        open("GET", "/help/mentor"),
        open("GET", "/help/school-administrator"),
        open("GET", "/help/early-career-teacher"),
        open("GET", "/help/rules"),
    ]
}
