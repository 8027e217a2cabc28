import Foundation

/// Teacher reference number: 7 digits. Schools often type 5 or 6; those are left-padded with zeros.
public enum TRN {
    public static func normalise(_ input: String) -> String? {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        guard (5...7).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(repeating: "0", count: 7 - trimmed.count) + trimmed
    }
}
