import Foundation

/// Money as people type it and as we store it: "50", "50.00", "£50" or "£1,250.50" in, whole pence out.
public enum PoundsAndPence {
    /// The largest fee we accept: £100,000 (the schema's CHECK allows up to 10,000,000 pence).
    public static let maximumPence = 10_000_000

    /// Whole pence for a pounds-and-pence text, or nil when it is not one: at most two decimal
    /// places, no sign, commas only as thousands separators.
    public static func pence(from text: String) -> Int? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("£") { value.removeFirst() }
        value = value.trimmingCharacters(in: .whitespaces)
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let poundsText = parts.first, !poundsText.isEmpty else { return nil }
        guard let pounds = wholePounds(String(poundsText)) else { return nil }
        var pence = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let digits = Int(fraction) else { return nil }
            pence = fraction.count == 1 ? digits * 10 : digits
        }
        guard pounds <= maximumPence / 100 else { return maximumPence + 1 }
        return pounds * 100 + pence
    }

    /// "1250.50" for 125050: the form's own format, which `pence(from:)` reads back.
    public static func text(pence: Int) -> String {
        let remainder = pence % 100
        return "\(pence / 100).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// "£1,250.50" for 125050, for reading.
    public static func display(pence: Int) -> String {
        var digits = String(pence / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let remainder = pence % 100
        return "£\(digits)\(grouped).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// "1250" or "1,250": digits, optionally grouped in threes by commas.
    private static func wholePounds(_ text: String) -> Int? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard digits.count <= 12 else { return maximumPence }
        return Int(digits)
    }
}
