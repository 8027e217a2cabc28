/// Why an appropriate body profile could not be saved.
public enum AppropriateBodyProfileError: Error, Equatable {
    /// There is no appropriate body row to update (the database has not been seeded).
    case notFound
}
