import Foundation
import SQLite

extension InductionReader {
    /// Issue 10 item 8: digits find a TRN or URN from its start; words find names (every word must
    /// match, in any order). One snapshot, two statements; nothing for a blank query.
    public func search(_ query: String) throws -> SearchResults {
        let words = query.split(whereSeparator: \.isWhitespace).map(String.init).prefix(5)
        guard !words.isEmpty else { return SearchResults(ects: [], schools: []) }
        return try database.read { c in
            var ectConditions: [String] = []
            var schoolConditions: [String] = []
            var ectBindings: [any SQLBindable] = []
            var schoolBindings: [any SQLBindable] = []
            for word in words {
                let like = AuditLog.likeEscaped(word.lowercased())
                if word.allSatisfy(\.isNumber) {
                    ectConditions.append("e.trn LIKE ? ESCAPE '\\'")
                    ectBindings.append(like + "%")
                    schoolConditions.append("s.urn LIKE ? ESCAPE '\\'")
                    schoolBindings.append(like + "%")
                } else {
                    ectConditions.append("lower(e.first_name || ' ' || e.last_name) LIKE ? ESCAPE '\\'")
                    ectBindings.append("%" + like + "%")
                    schoolConditions.append("lower(s.name) LIKE ? ESCAPE '\\'")
                    schoolBindings.append("%" + like + "%")
                }
            }
            let ects = try c.query("""
                SELECT e.id, e.first_name, e.last_name, e.trn, s.name AS school_name FROM ects e JOIN schools s ON s.id = e.school_id
                WHERE \(ectConditions.joined(separator: " AND ")) ORDER BY e.last_name, e.first_name LIMIT ?
                """, ectBindings + [SearchResults.limit]).map { row in
                SearchResults.ECTMatch(id: try row.int("id"), name: "\(try row.string("first_name")) \(try row.string("last_name"))",
                                       trn: try row.string("trn"), schoolName: try row.string("school_name"))
            }
            let schools = try c.query("""
                SELECT s.id, s.name, s.urn FROM schools s WHERE \(schoolConditions.joined(separator: " AND ")) ORDER BY s.name LIMIT ?
                """, schoolBindings + [SearchResults.limit]).map { row in
                SearchResults.SchoolMatch(id: try row.int("id"), name: try row.string("name"), urn: try row.string("urn"))
            }
            return SearchResults(ects: ects, schools: schools)
        }
    }
}
