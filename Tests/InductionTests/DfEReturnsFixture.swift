import Foundation
import InductDomainTestSupport
import Induction
import SQLite

/// An empty migrated database with one appropriate body and school, to which a test adds ECTs and
/// induction periods with SQL, and the store at the fixed "now" (25 November 2026).
struct DfEReturnsFixture {
    let database: Database
    let store: InductionStore
    let author = TestFixtures.makeAuthor(name: "Officer", role: .abOfficer)

    init() throws {
        database = try TestFixtures.makeDatabase(seeded: false, accounts: false)
        store = TestFixtures.makeStore(database)
        try database.write { c in
            try c.run("INSERT INTO appropriate_bodies (id, name, created_at) VALUES (1, 'Test AB', '2026-01-01T00:00:00Z')")
            try c.run("INSERT INTO schools (id, appropriate_body_id, urn, name, created_at) VALUES (1, 1, '100001', 'Test School', '2026-01-01T00:00:00Z')")
        }
    }

    /// An ECT with one confirmed period from `start` (closed on `end` with `terms` thousandths when
    /// given); returns the period's id.
    @discardableResult
    func ect(trn: String, born: String? = "1998-04-02", programme: String = "provider-led", start: String = "2025-09-01",
             end: String? = nil, terms: Int? = nil, status: String = "confirmed") throws -> Int {
        try database.write { c in
            try c.run("""
                INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at,
                                  date_of_birth, training_programme)
                VALUES (1, 'Test', ?, ?, ?, 100, 'Tutor', '2026-01-01T00:00:00Z', ?, ?)
                """, [trn, trn, start, born, programme])
            return try period(ectID: Int(c.lastInsertRowID), start: start, end: end, terms: terms, status: status, c)
        }
    }

    /// Another period for the ECT with this TRN.
    @discardableResult
    func period(trn: String, start: String, end: String? = nil, terms: Int? = nil) throws -> Int {
        try database.write { c in
            let ectID = try c.scalarInt("SELECT id FROM ects WHERE trn = ?", [trn]) ?? 0
            return try period(ectID: ectID, start: start, end: end, terms: terms, status: "confirmed", c)
        }
    }

    private func period(ectID: Int, start: String, end: String?, terms: Int?, status: String, _ c: Connection) throws -> Int {
        try c.run("""
            INSERT INTO induction_periods (ect_id, school_id, start_date, end_date, status, terms_served, created_at)
            VALUES (?, 1, ?, ?, ?, ?, '2026-01-01T00:00:00Z')
            """, [ectID, start, end, status,
                  terms])
        return Int(c.lastInsertRowID)
    }

    /// `count` ECTs with TRNs from 2000001, in one transaction.
    func manyECTs(_ count: Int) throws {
        try database.write { c in
            try c.transaction {
                for n in 1...count {
                    let trn = String(2_000_000 + n)
                    try c.run("""
                        INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at,
                                          date_of_birth, training_programme)
                        VALUES (1, 'Test', 'Many', ?, '2025-09-01', 100, 'Tutor', '2026-01-01T00:00:00Z', '1999-01-01', 'school-led')
                        """, [trn])
                    try c.run("""
                        INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                        VALUES (?, 1, '2025-09-01', 'confirmed', '2026-01-01T00:00:00Z')
                        """, [Int(c.lastInsertRowID)])
                }
            }
        }
    }

    var page: DfEReturnsPage {
        get throws { try store.reader.dfeReturnsPage(today: store.time.today) }
    }

    func statuses() throws -> [String] {
        try database.read { c in
            try c.query("SELECT trn || ':' || status || ':' || error_message AS s FROM dfe_export_rows ORDER BY id").map { try $0.string("s") }
        }
    }
}
