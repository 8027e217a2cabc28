import Foundation

/// Default locations. Templates and Public are looked for in the working directory (the repository
/// when run by `make run`), then beside the binary (the folder `make release` assembles).
enum Paths {
    static let database = "data/induct.sqlite"
    static var templates: String { besideWorkingDirectoryOrBinary("Templates") }
    static var publicFiles: String { besideWorkingDirectoryOrBinary("Public") }

    /// Creates the folder that will hold the database file.
    static func prepareDatabaseFolder(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private static func besideWorkingDirectoryOrBinary(_ folder: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return folder }
        guard let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return folder }
        let beside = binary.deletingLastPathComponent().appendingPathComponent(folder).path
        return FileManager.default.fileExists(atPath: beside) ? beside : folder
    }
}
