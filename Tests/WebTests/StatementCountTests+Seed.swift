import Foundation
import Induction
import InductTestSupport
import SQLite

/// More rows for `StatementCountTests`: copies of ECTs at one school, each with its open induction
/// period, current tutor and mentor, and that period's reports, so that a page which runs a query per
/// ECT or per report costs more statements after the copies than before.
struct StatementCountSeed {
    let database: Database

    /// Copies each of `ectIDs` `times` times; returns the new ECTs' ids.
    @discardableResult
    func copy(ectIDs: [Int], times: Int) throws -> [Int] {
        try database.write { c in
            try c.transaction {
                var made: [Int] = []
                var serial = try c.scalarInt("SELECT count(*) FROM ects") ?? 0
                for _ in 0..<times {
                    for ectID in ectIDs {
                        serial += 1
                        let trn = String(7_000_000 + serial)
                        let newECT = try clone("ects", id: ectID, overrides: ["trn": trn, "last_name": "Copy\(serial)",
                                                                               "email": "copy\(serial)@example.com"], c)
                        made.append(newECT)
                        for row in try c.query("SELECT id FROM staff_assignments WHERE ect_id = ? AND to_date IS NULL", [ectID]) {
                            try clone("staff_assignments", id: try row.int("id"), overrides: ["ect_id": newECT], c)
                        }
                        for period in try c.query("SELECT id FROM induction_periods WHERE ect_id = ? ORDER BY id", [ectID]) {
                            let newPeriod = try clone("induction_periods", id: try period.int("id"), overrides: ["ect_id": newECT], c)
                            for report in try c.query("SELECT id FROM reports WHERE induction_period_id = ?", [try period.int("id")]) {
                                try clone("reports", id: try report.int("id"), overrides: ["ect_id": newECT, "induction_period_id": newPeriod], c)
                            }
                        }
                    }
                }
                return made
            }
        }
    }

    /// Inserts a copy of one row with a new id, changing the columns in `overrides`.
    @discardableResult
    private func clone(_ table: String, id: Int, overrides: [String: any SQLBindable], _ c: Connection) throws -> Int {
        let columns = try c.query("SELECT name FROM pragma_table_info(?)", [table]).map { try $0.string("name") }.filter { $0 != "id" }
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let values = columns.map { overrides[$0] == nil ? "\"\($0)\"" : "?" }.joined(separator: ", ")
        let bindings = columns.compactMap { overrides[$0] }
        try c.run("INSERT INTO \(table) (\(names)) SELECT \(values) FROM \(table) WHERE id = ?", bindings + [id])
        return Int(c.lastInsertRowID)
    }
}
