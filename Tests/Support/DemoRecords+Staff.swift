import Foundation
import Induction

extension DemoRecords {
    /// A new person with a mentor role at the school with `urn` (an invitation, as the school would
    /// send it); returns the grant's id.
    public func makeMentorGrant(urn: String, email: String, time: any TimeSource) throws -> Int {
        try RoleGrants(database: database, time: time, baseURL: "http://localhost")
            .invite(email: email, name: "Morgan Mentor", role: .mentor, schoolID: try schoolID(urn: urn), ectID: nil,
                    actorName: "Test", actorUserID: nil, clientAddress: "127.0.0.1").grantID
    }
}
