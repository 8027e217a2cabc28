import Induction
import Web

extension TestSession {
    /// A session for the demo person `email`, acting in `role` (at the school with `urn` for school roles).
    public static func acting(_ application: Application, _ email: String, as role: Role, urn: String?) throws -> TestSession {
        let records = DemoRecords(application.database)
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }
}
