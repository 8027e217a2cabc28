import Foundation

/// Default locations, relative to the working directory (the repository when run by `make run`).
enum Paths {
    static let database = "data/induct.sqlite"
    static let templates = "Templates"
    static let publicFiles = "Public"

    /// Creates the folder that will hold the database file.
    static func prepareDatabaseFolder(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
}
