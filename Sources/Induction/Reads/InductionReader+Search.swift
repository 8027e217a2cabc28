import Foundation
import SQLite

extension InductionReader {
    /// Issue 10 item 8: digits find a TRN or URN from its start; words find names, each word the
    /// start of a word of the name, in any order and any case (Migration029's full-text indexes,
    /// issue 12: the cost follows the matches, not the size of the appropriate body). One
    /// snapshot, two statements; nothing for a blank query.
    public func search(_ query: String) throws -> SearchResults {
        let words = query.split(whereSeparator: \.isWhitespace).map(String.init).prefix(5)
        guard !words.isEmpty else { return SearchResults(ects: [], schools: []) }
        let numbers = words.filter { $0.utf8.allSatisfy { (48...57).contains($0) } }
        let names = words.filter { !numbers.contains($0) }
        let match = Self.fullTextQuery(names)
        // A word with no letter or digit in it ("%_%") can match no name.
        if !names.isEmpty && match == nil { return SearchResults(ects: [], schools: []) }
        return try database.read { c in
            var ectConditions: [String] = []
            var ectBindings: [any SQLBindable] = []
            var schoolConditions: [String] = []
            var schoolBindings: [any SQLBindable] = []
            for number in numbers {
                // Digits sort before ':', so [n, n + ":") is every value starting with n, read from the unique index.
                ectConditions.append("e.trn >= ? AND e.trn < ?")
                ectBindings += [number, number + ":"]
                schoolConditions.append("s.urn >= ? AND s.urn < ?")
                schoolBindings += [number, number + ":"]
            }
            if let match {
                ectConditions.append("e.id IN (SELECT rowid FROM ect_name_search WHERE ect_name_search MATCH ?)")
                ectBindings.append(match)
                schoolConditions.append("s.id IN (SELECT rowid FROM school_name_search WHERE school_name_search MATCH ?)")
                schoolBindings.append(match)
            }
            // The page's ECTs are chosen first and only they are joined to their schools: a common
            // surname matches 1,612 ECTs at 100,000.
            let ects = try c.query("""
                SELECT m.id, m.first_name, m.last_name, m.trn, s.name AS school_name FROM (
                    SELECT e.id, e.first_name, e.last_name, e.trn, e.school_id FROM ects e
                    WHERE \(ectConditions.joined(separator: " AND ")) ORDER BY e.last_name, e.first_name, e.id LIMIT ?
                ) m JOIN schools s ON s.id = m.school_id ORDER BY m.last_name, m.first_name, m.id
                """, ectBindings + [SearchResults.limit]).map { row in
                SearchResults.ECTMatch(id: try row.int("id"), name: "\(try row.string("first_name")) \(try row.string("last_name"))",
                                       trn: try row.string("trn"), schoolName: try row.string("school_name"))
            }
            let schools = try c.query("""
                SELECT s.id, s.name, s.urn FROM schools s WHERE \(schoolConditions.joined(separator: " AND ")) ORDER BY s.name, s.id LIMIT ?
                """, schoolBindings + [SearchResults.limit]).map { row in
                SearchResults.SchoolMatch(id: try row.int("id"), name: try row.string("name"), urn: try row.string("urn"))
            }
            return SearchResults(ects: ects, schools: schools)
        }
    }

    /// The FTS5 query for `words`: each run of letters and digits a quoted prefix ("o'brien" is
    /// "o"* "brien"*, as the index splits it), all of them required. Quoting means no word is read
    /// as FTS5 syntax; nil when no word has a letter or digit.
    static func fullTextQuery(_ words: [String]) -> String? {
        let tokens = words.flatMap { $0.split { !$0.isLetter && !$0.isNumber } }
        guard !tokens.isEmpty else { return nil }
        return tokens.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " ")
    }
}
