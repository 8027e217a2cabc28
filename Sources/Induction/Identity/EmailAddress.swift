import Foundation

/// A deliberately loose check: one @, something either side, a dot in the domain, no spaces.
/// Addresses compare case-insensitively (the schema's COLLATE NOCASE); we store them lower-cased.
public enum EmailAddress {
    public static func normalise(_ input: String) -> String? {
        let email = input.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" })
        else { return nil }
        return email
    }
}
