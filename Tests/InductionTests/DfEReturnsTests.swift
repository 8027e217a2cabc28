import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 10 item 5: the returns to the DfE in its bulk-upload formats exactly.
final class DfEReturnsTests: XCTestCase {
    private var fixture: DfEReturnsFixture!
    private let today = CalendarDate(year: 2026, month: 11, day: 25)!

    override func setUpWithError() throws {
        fixture = try DfEReturnsFixture()
    }

    func testTheClaimsFileIsTheDfEsFormatExactly() throws {
        try fixture.ect(trn: "1234567", born: "1998-04-02", programme: "school-led", start: "2025-09-01")
        try fixture.ect(trn: "0012345", born: "2000-12-31", programme: "provider-led", start: "2026-01-05")
        let export = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(export.files.map(\.text), [
            "TRN,Date of birth,Induction programme,Induction period start date\r\n"
                + "1234567,1998-04-02,school-led,2025-09-01\r\n"
                + "0012345,2000-12-31,provider-led,2026-01-05\r\n",
        ])
        XCTAssertEqual(export.fileName(0, on: today), "induct-claims-2026-11-25-export-\(export.id)-file-1-of-1.csv")
    }

    func testTheOutcomesFileCarriesReleasesAndPassesButNeverFails() throws {
        try fixture.ect(trn: "1234567", born: "1998-04-02", start: "2024-09-02", end: "2025-07-18", terms: 2_950)
        try fixture.ect(trn: "7654321", born: "1997-05-06", start: "2025-09-01")
        let export = try ExportDfEReturn(store: fixture.store).export(.outcomes, author: fixture.author)
        XCTAssertEqual(export.files.map(\.text), [
            "TRN,Date of birth,Induction period end date,Number of terms,Outcome\r\n"
                + "1234567,1998-04-02,2025-07-18,3,release\r\n",
        ])

        // Passes and fails come from the decisions (another change's table): made-up rows here.
        let pass = DfEOutcomeCandidate(periodID: 10, trn: "2222222", dateOfBirth: "1996-01-01", endDate: "2026-07-20",
                                       termsThousandths: 6_000, outcome: .pass)
        let shortRelease = DfEOutcomeCandidate(periodID: 11, trn: "3333333", dateOfBirth: "1996-01-01", endDate: "2026-10-23",
                                               termsThousandths: 1_450, outcome: .release)
        let decidedRelease = DfEOutcomeCandidate(periodID: 12, trn: "4444444", dateOfBirth: "1996-01-01", endDate: "2026-07-20",
                                                 termsThousandths: 6_000, outcome: .release)
        let fail = DfEFailNotice(periodID: 12, trn: "4444444", name: "Sam Fail", decidedOn: "2026-07-22", toldOn: "2026-07-23")
        let outcomes = DfEOutcomesReturn(passes: [pass], releases: [shortRelease, decidedRelease], fails: [fail], today: today)
        XCTAssertEqual(outcomes.files.map(\.text), [
            "TRN,Date of birth,Induction period end date,Number of terms,Outcome\r\n"
                + "2222222,1996-01-01,2026-07-20,6,pass\r\n"
                + "3333333,1996-01-01,2026-10-23,1.5,release\r\n",
        ])
        XCTAssertEqual(outcomes.fails, [fail])
        XCTAssertEqual(outcomes.refused, [])
    }

    func testOutcomesTheServiceWouldRefuseAreListedWithReasons() {
        let later = DfEOutcomeCandidate(periodID: 1, trn: "1111111", dateOfBirth: "1996-01-01", endDate: "2026-12-18",
                                        termsThousandths: 3_000, outcome: .release)
        let tooMany = DfEOutcomeCandidate(periodID: 2, trn: "2222222", dateOfBirth: "1996-01-01", endDate: "2026-07-20",
                                          termsThousandths: 16_100, outcome: .pass)
        let noBirth = DfEOutcomeCandidate(periodID: 3, trn: "3333333", dateOfBirth: nil, endDate: "2026-07-20",
                                          termsThousandths: 3_000, outcome: .release)
        let outcomes = DfEOutcomesReturn(passes: [tooMany], releases: [later, noBirth], fails: [], today: today)
        XCTAssertEqual(outcomes.rows, [])
        XCTAssertEqual(outcomes.refused.map(\.reason).sorted(), [
            "The date of birth is missing",
            "The induction period ends in the future (2026-12-18)",
            "The number of terms is not between 0 and 16",
        ])
    }

    func testFutureAndPre2021StartsAreRefusedWithReasons() throws {
        try fixture.ect(trn: "1111111", start: "2026-11-25")
        try fixture.ect(trn: "2222222", start: "2026-11-26")
        try fixture.ect(trn: "3333333", born: nil)
        try fixture.ect(trn: "4444444", programme: "core-induction-programme")
        let page = try fixture.page
        XCTAssertEqual(page.claims.rows.map(\.trn), ["1111111"])
        XCTAssertEqual(page.claims.refused.map { "\($0.trn): \($0.reason)" }, [
            "3333333: The date of birth is missing",
            "4444444: The induction programme “core-induction-programme” is not provider-led or school-led",
            "2222222: The induction period starts in the future (2026-11-26)",
        ])
        // The records never hold a start before 1 September 2021 (a CHECK), but an older record
        // handed in as a candidate is still refused.
        let old = DfEClaimCandidate(periodID: 9, trn: "5555555", dateOfBirth: "1990-01-01", programme: "provider-led", startDate: "2021-08-31")
        XCTAssertEqual(DfEClaimsReturn(candidates: [old], today: today).refused.map(\.reason),
                       ["The induction period starts before 1 September 2021"])
        let export = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(export.files.flatMap(\.rows).map(\.trn), ["1111111"])
        XCTAssertEqual(export.refused.count, 3)
    }

    func testTwelveHundredRowsMakeTwoFilesWithinTheLimits() throws {
        try fixture.manyECTs(1_200)
        let export = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(export.files.map(\.rows.count), [1_000, 200])
        for file in export.files {
            XCTAssertLessThan(file.byteCount, 100_000)
            XCTAssertTrue(file.text.hasPrefix("TRN,Date of birth,Induction programme,Induction period start date\r\n"))
            XCTAssertEqual(Set(file.rows.map(\.trn)).count, file.rows.count)
        }
        XCTAssertEqual(try fixture.database.read { try $0.scalarInt("SELECT count(*) FROM dfe_export_rows") }, 1_200)
        XCTAssertEqual(try fixture.page.exports.map { "\($0.kind.rawValue) \($0.fileCount) \($0.rowCount)" }, ["claims 2 1200"])
    }

    func testAFileAlsoSplitsAt100KB() {
        let rows = (1...500).map { DfEReturnRow(periodID: $0, trn: String(3_000_000 + $0), fields: [String(repeating: "x", count: 400)]) }
        let files = DfEReturnFileSplitter.split(rows, kind: .claims)
        XCTAssertGreaterThan(files.count, 1)
        XCTAssertTrue(files.allSatisfy { $0.byteCount <= 100_000 })
        XCTAssertEqual(files.flatMap(\.rows), rows)
    }

    func testASecondPeriodOfTheSameTRNGoesInTheNextFile() throws {
        try fixture.ect(trn: "1234567", start: "2024-09-02", end: "2025-03-31", terms: 2_000)
        try fixture.period(trn: "1234567", start: "2025-04-21")
        try fixture.ect(trn: "7654321", start: "2025-09-01")
        let export = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(export.files.map { $0.rows.map(\.trn) }, [["1234567", "7654321"], ["1234567"]])
        XCTAssertEqual(export.files[1].text, "TRN,Date of birth,Induction programme,Induction period start date\r\n"
                                             + "1234567,1998-04-02,provider-led,2025-04-21\r\n")
    }

    func testASecondExportOffersNothingAlreadyExported() throws {
        try fixture.ect(trn: "1234567")
        _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(try fixture.page.claims.rows, [])
        XCTAssertThrowsError(try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)) {
            XCTAssertEqual($0 as? DfEReturnError, .nothingToExport(.claims))
        }
        try fixture.ect(trn: "7654321")
        let next = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(next.files.flatMap(\.rows).map(\.trn), ["7654321"])
    }

    func testImportingTheDfEsErrorFileOffersExactlyThoseRowsAgain() throws {
        for trn in ["1111111", "2222222", "3333333"] { try fixture.ect(trn: trn) }
        _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        let errors = "TRN,Date of birth,Induction programme,Induction period start date,Error message\r\n"
            + "2222222,1998-04-02,provider-led,2025-09-01,\"Date of birth does not match, check the TRN\"\r\n"
        let result = try ImportDfEErrors(store: fixture.store).importErrors(csv: errors, author: fixture.author)
        XCTAssertEqual(result.kind, .claims)
        XCTAssertEqual(result.markedNotRecorded, 1)
        XCTAssertEqual(try fixture.statuses(), ["1111111:exported:", "2222222:not_recorded:Date of birth does not match, check the TRN",
                                                "3333333:exported:"])
        let page = try fixture.page
        XCTAssertEqual(page.claims.rows.map(\.trn), ["2222222"])
        XCTAssertEqual(page.notRecorded.map(\.errorMessage), ["Date of birth does not match, check the TRN"])
        XCTAssertEqual(page.exports.first?.notRecordedCount, 1)

        let again = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertEqual(again.files.flatMap(\.rows).map(\.trn), ["2222222"])
        XCTAssertEqual(try fixture.page.notRecorded, [])
    }

    func testAnErrorFileNotInTheDfEsFormatOrNotMatchingIsRefusedAndChangesNothing() throws {
        try fixture.ect(trn: "1111111")
        _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        let importer = ImportDfEErrors(store: fixture.store)
        let cases: [(String, DfEReturnError)] = [
            ("TRN,Date of birth,Programme,Start,Error message\r\n1111111,1998-04-02,provider-led,2025-09-01,Bad\r\n", .notTheDfEsHeader),
            ("TRN,Date of birth,Induction programme,Induction period start date\r\n1111111,1998-04-02,provider-led,2025-09-01\r\n",
             .notTheDfEsHeader),
            ("TRN,Date of birth,Induction programme,Induction period start date,Error message\r\n", .noRows),
            ("TRN,Date of birth,Induction programme,Induction period start date,Error message\r\n"
                + "1111111,1998-04-02,provider-led,2025-09-01,Bad\r\n9999999,1998-04-02,provider-led,2025-09-01,Bad\r\n",
             .unmatchedRows(lines: [3])),
            ("TRN,Date of birth,Induction period end date,Number of terms,Outcome,Error message\r\n"
                + "1111111,1998-04-02,2026-07-20,6,pass,Bad\r\n", .unmatchedRows(lines: [2])),
            ("TRN,Date of birth,Induction programme,Induction period start date,Error message\r\n"
                + "1111111,1998-04-02,provider-led,2025-09-01,\r\n", .missingErrorMessage(lines: [2])),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try importer.importErrors(csv: text, author: fixture.author)) {
                XCTAssertEqual($0 as? DfEReturnError, expected)
                XCTAssertFalse(($0 as? DfEReturnError)?.description.isEmpty ?? true)
            }
        }
        XCTAssertEqual(try fixture.statuses(), ["1111111:exported:"])
    }

    func testAPeriodIsLiveInOneReturnOfEachKindAtMost() throws {
        let periodID = try fixture.ect(trn: "1234567")
        _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        XCTAssertThrowsError(try fixture.database.write { c in
            try c.run("INSERT INTO dfe_exports (kind, file_count, row_count, exported_by, exported_at) VALUES ('claims', 1, 1, 'X', 'now')")
            try c.run("INSERT INTO dfe_export_rows (export_id, kind, induction_period_id, trn) VALUES (?, 'claims', ?, '1234567')",
                      [Int(c.lastInsertRowID), periodID])
        })
        XCTAssertThrowsError(try fixture.database.write { c in
            try c.run("UPDATE dfe_export_rows SET error_message = 'Only when not recorded'")
        })
    }
}
