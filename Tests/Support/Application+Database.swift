import Induction
import SQLite
import Web

extension Application {
    /// The application's database, for tests that arrange or inspect rows directly.
    public var database: Database { services.store.database }
}
