import Induction

/// The report routes of `PermissionMatrixTests`' table (issue 9) and the AB's decisions, returns and
/// programme checks (issue 10).
extension PermissionMatrixTests {
    /// The ECT's tutor or the headteacher write reports; the mentor and the ECT read shared ones.
    static let writers: Set<Role> = [.headteacher, .inductionTutor]
    static let reportReaders: Set<Role> = recordReaders.union([.ect])

    static let reportRows: [Row] = [
        // Reports (issue 9), asked about a shared progress review of the ECT the actor may see. Empty
        // POSTs name no version, so they come back 422: the request reached the controller.
        guarded("POST", "/ects/:ectID/reports", .writeReport, allowed: writers, .status(422), scoped: true),
        guarded("GET", "/reports/:reportID", .viewReport, allowed: reportReaders, scoped: true),
        guarded("GET", "/reports/:reportID/print", .viewReport, allowed: reportReaders, scoped: true),
        guarded("POST", "/reports/:reportID", .writeReport, allowed: writers, .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/share", .writeReport, allowed: writers, .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/submit", .writeReport, allowed: writers, .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/comments", .commentOnReport, allowed: [.ect], .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/sign", .signReport, allowed: writers.union([.ect]), .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/evidence", .writeReport, allowed: writers, .status(422), scoped: true),
        guarded("GET", "/reports/:reportID/evidence/:fileID", .viewReport, allowed: reportReaders, scoped: true),
        guarded("POST", "/reports/:reportID/evidence/:fileID/remove", .writeReport, allowed: writers, .redirectPrefix("/reports/"),
                scoped: true),
        // Only for people who sign in with an emailed code (a 404 otherwise): every actor turned it on at
        // POST /account/second-factor above, so each is sent a code.
        guarded("POST", "/reports/:reportID/sign-code", .signReport, allowed: writers.union([.ect]), .redirectPrefix("/reports/"),
                scoped: true),
        guarded("POST", "/reports/:reportID/accept", .decideReport, allowed: abRoles, .status(422), scoped: true),
        guarded("POST", "/reports/:reportID/return", .decideReport, allowed: abRoles, .status(422), scoped: true),
    ]

    static let decisionRows: [Row] = [
        guarded("GET", "/ab/decisions", .recordOutcome, allowed: abRoles),
        guarded("GET", "/ab/returns", .recordOutcome, allowed: abRoles),
        guarded("POST", "/ab/returns/export", .recordOutcome, allowed: abRoles, .status(422)),
        guarded("POST", "/ab/returns/errors", .recordOutcome, allowed: abRoles, .status(422)),
        // No export has been made in the matrix's database: the file is not found.
        guarded("GET", "/ab/returns/exports/:exportID/:number", .recordOutcome, allowed: abRoles, .status(404)),
        // The demo has no accepted final assessment yet, so the AB finds no decision to make: 404.
        guarded("GET", "/ects/:ectID/decision", .recordOutcome, allowed: abRoles, .status(404), scoped: true),
        guarded("POST", "/ects/:ectID/decision", .recordOutcome, allowed: abRoles, .status(404), scoped: true),
        guarded("GET", "/ects/:ectID/decision/letter", .recordOutcome, allowed: abRoles, .status(404), scoped: true),
        guarded("POST", "/ects/:ectID/decision/representations", .recordOutcome, allowed: abRoles, .status(404), scoped: true),
        guarded("POST", "/ects/:ectID/decision/notices", .recordOutcome, allowed: abRoles, .status(404), scoped: true),
        guarded("GET", "/ects.csv", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/schools/:schoolID/governors-report", .viewGovernorsReport, allowed: abRoles.union([.headteacher, .inductionLead]),
                scoped: true),
        // Programme checks (issue 10 item 7): the AB's, for any school; an empty form is 422.
        guarded("GET", "/ab/programme-checks", .viewAppropriateBodyHome, allowed: abRoles),
        guarded("GET", "/schools/:schoolID/programme-check", .recordProgrammeCheck, allowed: abRoles),
        guarded("POST", "/schools/:schoolID/programme-check", .recordProgrammeCheck, allowed: abRoles, .status(422)),
    ]
}
