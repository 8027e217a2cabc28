import Foundation
import Induction

extension DemoRecords {
    /// The demo ECT Amelia Hartley's email, who raises the concerns tests need.
    public static let concernECTEmail = "amelia.hartley@107512.schools.example"

    /// A fresh open concern raised by the ECT with `email`, through the verb; returns its id.
    public func makeConcern(email: String = DemoRecords.concernECTEmail, subject: String = "My mentor meetings keep being cancelled",
                            time: any TimeSource) throws -> Int {
        let (userID, ectID, name) = try database.read { c in
            let row = try c.queryOne("""
                SELECT u.id, u.name, g.ect_id FROM users u JOIN role_grants g ON g.user_id = u.id AND g.role = 'ect' WHERE u.email = ?
                """, [email])!
            return (try row.int("id"), try row.int("ect_id"), try row.string("name"))
        }
        let store = InductionStore(database: database, time: time, baseURL: "http://localhost")
        return try RaiseConcern(store: store).raise(subject: subject, body: "We have not met for three weeks.", ectID: ectID,
                                                    author: Author(userID: userID, name: name, role: .ect, clientAddress: "127.0.0.1"))
    }
}
