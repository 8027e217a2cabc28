import Induction
import SQLite

extension TestFixtures {
    /// The author of a change in a domain test: by default a headteacher with no account row.
    public static func makeAuthor(name: String = "Head", userID: Int? = nil, role: Role? = .headteacher,
                                  clientAddress: String = "192.0.2.1") -> Author {
        Author(userID: userID, name: name, role: role, clientAddress: clientAddress)
    }

    /// The seeded database's store at the fixed time.
    public static func makeStore(_ database: Database) -> InductionStore {
        InductionStore(database: database, time: fixedTime)
    }
}
