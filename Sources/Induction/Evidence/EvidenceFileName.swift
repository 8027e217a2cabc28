import Foundation

/// A file name as a person's browser sent it, made safe to store and to offer back on download:
/// only the last path component, no control or invisible formatting characters (a right-to-left
/// override can make "gpj.exe" read as "exe.jpg"), no leading dots or spaces, at most 200
/// characters with the extension kept.
enum EvidenceFileName {
    static func clean(_ name: String, type: EvidenceFileType) -> String {
        let lastComponent = name.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }.last.map(String.init) ?? ""
        let visible = String(String.UnicodeScalarView(lastComponent.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: false
            default: true
            }
        }))
        let trimmed = String(visible.trimmingCharacters(in: .whitespaces).drop { $0 == "." || $0 == " " })
        guard !trimmed.isEmpty else { return "evidence.\(type.fileExtension)" }
        return shortened(trimmed)
    }

    /// Drops characters from the end of the name's stem until the whole fits, keeping ".pdf".
    private static func shortened(_ name: String) -> String {
        let limit = EvidenceLimits.maxFileNameLength
        guard name.unicodeScalars.count > limit else { return name }
        var stem = name
        var suffix = ""
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 11 {
            stem = String(name[..<dot])
            suffix = String(name[dot...])
        }
        while !stem.isEmpty, stem.unicodeScalars.count + suffix.unicodeScalars.count > limit { stem.removeLast() }
        return stem + suffix
    }
}
