import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 4 item 9: "A 500-row CSV with one bad row changes nothing and names the bad row; the fixed
/// file imports all 500." Row numbers are CSV line numbers, the header being line 1, so data row
/// 251 is reported as row 252.
final class ECTImportTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    static let header = "first_name,last_name,email,trn,date_of_birth,qts_date,induction_start_date,fte,training_programme,"
        + "lead_provider,induction_tutor_email,mentor_email,terms_served_elsewhere,previous_appropriate_body"

    /// Data row `n` (from 1): a valid new ECT with TRN 5000000 + n, unless `trn` says otherwise.
    static func row(_ n: Int, trn: String? = nil) -> String {
        "Priya\(n),Sandhu,priya\(n)@example.org,\(trn ?? String(5_000_000 + n)),1998-03-27,14/07/2026,2026-09-01,0.8,provider-led,"
            + "\"Ambition Institute, North\",,,0,"
    }

    static func file(rows: Int, replacing: [Int: String] = [:], prefix: String = "") -> String {
        ([prefix + header] + (1...rows).map { replacing[$0] ?? row($0) }).joined(separator: "\r\n") + "\r\n"
    }

    private func schoolID(_ urn: String = "107512") throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = ?", [urn]) })
    }

    private func counts() throws -> [Int] {
        try database.read { c in
            try ["ects", "induction_periods", "audit_events"].map { try c.scalarInt("SELECT count(*) FROM \($0)") ?? -1 }
        }
    }

    private func importCSV(_ text: String, schoolID: Int?) throws -> ECTImportOutcome {
        try ImportECTs(store: InductionStore(database: database, time: time))
            .importCSV(text, schoolID: schoolID, author: TestFixtures.makeAuthor(name: "Test", clientAddress: "127.0.0.1"))
    }

    private func errors(_ outcome: ECTImportOutcome) -> [ECTImportError] {
        if case .refused(let errors) = outcome { return errors }
        XCTFail("expected a refusal, got \(outcome)")
        return []
    }

    // MARK: Parser

    func testReaderHandlesQuotesDoubledQuotesLineEndingsAndTheByteOrderMark() {
        let (records, unclosed) = CSVReader.read("\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3\r4,5,6")
        XCTAssertNil(unclosed)
        XCTAssertEqual(records, [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]),
            CSVRecord(line: 4, fields: ["1", "", "3"]),
            CSVRecord(line: 5, fields: ["4", "5", "6"]),
        ])
        XCTAssertEqual(CSVReader.read("a,b\n\"open,c\nd").unclosedQuoteLine, 2)
        XCTAssertEqual(CSVReader.read("a,\"\"\n").records, [CSVRecord(line: 1, fields: ["a", ""])])
    }

    func testHeadersMatchCaseInsensitivelyInAnyOrderAndDatesMayBeUKStyle() {
        let text = "MENTOR_EMAIL, Induction_Tutor_Email ,Last_Name,first_name,email,TRN,date_of_birth,qts_date,induction_start_date,fte,"
            + "training_programme,lead_provider,terms_served_elsewhere,previous_appropriate_body,notes\n"
            + "m@example.org, t@example.org ,Sandhu,Priya,,1234567,27/03/1998,2026-07-14,01/09/2026,1,School-led,,,ignored\n"
        let (rows, errors) = ECTCSVParser(appropriateBodyLevel: false).parse(text)
        XCTAssertEqual(errors, [])
        let form = rows[0].form
        XCTAssertEqual(rows[0].line, 2)
        XCTAssertEqual([form.firstName, form.lastName, rows[0].mentorEmail, rows[0].tutorEmail, form.trn, form.trainingProgramme],
                       ["Priya", "Sandhu", "m@example.org", "t@example.org", "1234567", "school-led"])
        XCTAssertEqual(form.dateOfBirth, TypedDate(day: "27", month: "03", year: "1998"))
        XCTAssertEqual(form.inductionStart, TypedDate(day: "01", month: "09", year: "2026"))
        XCTAssertNotNil(form.validate(today: time.today).value, "\(form.validate(today: time.today).messages)")
    }

    func testFileProblemsComeBackWithoutRows() {
        let parser = ECTCSVParser(appropriateBodyLevel: false)
        XCTAssertEqual(parser.parse("").errors.map(\.message), ["Paste the CSV file's contents, starting with its header row"])
        XCTAssertEqual(parser.parse(Self.header + "\n").errors.map(\.message),
                       ["The file has no ECTs in it. Add a row under the header for each ECT"])
        let missing = parser.parse(Self.header.replacingOccurrences(of: ",mentor_email,", with: ",") + "\n" + Self.row(1))
        XCTAssertEqual(missing.errors, [ECTImportError(row: 1, column: "mentor_email", message:
            "The header row must include the column mentor_email. Download the template to see every column")])
        XCTAssertEqual(ECTCSVParser(appropriateBodyLevel: true).parse(Self.file(rows: 1)).errors.map(\.column), ["school_urn"])
    }

    func testOneThousandRowsAreAllowedAndOneThousandAndOneRefused() throws {
        XCTAssertEqual(ECTCSVParser(appropriateBodyLevel: false).parse(Self.file(rows: 1_000)).rows.count, 1_000)
        let before = try counts()
        let errors = errors(try importCSV(Self.file(rows: 1_001), schoolID: try schoolID()))
        XCTAssertEqual(errors, [ECTImportError(row: nil, message:
            "The file has 1,001 ECTs. Import at most 1,000 at a time: split the file and import each part")])
        XCTAssertEqual(try counts(), before)
    }

    // MARK: All or nothing

    func testFiveHundredRowsWithOneBadRowChangeNothingAndNameTheRowThenTheFixedFileImportsAll() throws {
        let school = try schoolID()
        let before = try counts()
        let bad = Self.file(rows: 500, replacing: [251: Self.row(251, trn: "12ab")])
        XCTAssertEqual(errors(try importCSV(bad, schoolID: school)),
                       [ECTImportError(row: 252, column: "trn", message: "Enter a TRN of 7 digits, like 1234567")])
        XCTAssertEqual(try counts(), before)

        let started = Date()
        XCTAssertEqual(try importCSV(Self.file(rows: 500), schoolID: school), .imported(count: 500))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "500 rows import in one transaction")
        XCTAssertEqual(try counts(), [before[0] + 500, before[1] + 500, before[2] + 1])
        try database.read { c in
            XCTAssertEqual(try c.scalarInt("SELECT count(*) FROM ects WHERE trn > '5000000' AND registration_status = 'pending' AND school_id = ?",
                                           [school]), 500)
            XCTAssertEqual(try c.scalarInt("SELECT count(*) FROM induction_periods WHERE status = 'pending' AND school_id = ?", [school]), 500)
            let audit = try XCTUnwrap(try c.queryOne("SELECT action, detail FROM audit_events ORDER BY id DESC LIMIT 1"))
            XCTAssertEqual(try audit.string("action"), "ects.imported")
            XCTAssertTrue(try audit.string("detail").hasPrefix("500 ECTs registered"))
        }
    }

    func testDuplicateTRNsInTheFileAndTRNsAlreadyRecordedAreRefused() throws {
        let before = try counts()
        let text = Self.file(rows: 4, replacing: [3: Self.row(3, trn: "5000001"), 4: Self.row(4, trn: "3012456")])
        XCTAssertEqual(errors(try importCSV(text, schoolID: try schoolID())), [
            ECTImportError(row: 4, column: "trn", message: "TRN 5000001 is also on row 2. Each ECT can be in the file only once"),
            ECTImportError(row: 5, column: "trn", message: "Amelia Hartley (TRN 3012456) is already registered at this school"),
        ])
        XCTAssertEqual(try counts(), before)
    }

    func testEveryProblemOnARowIsListedInTheFormOrderWithTheFormsMessages() throws {
        let row = "Priya,Sandhu,not-an-email,4012345,1998-03-27,31/02/2026,September 2026,1.5,provider-led,,,,,,extra"
        let errors = errors(try importCSV(Self.header + "\n" + row, schoolID: try schoolID()))
        XCTAssertEqual(errors.map(\.row), Array(repeating: 2, count: 6))
        XCTAssertEqual(errors.map(\.column), ["", "email", "qts_date", "induction_start_date", "fte", "lead_provider"])
        XCTAssertEqual(errors[2].message, "QTS award date must be a real date")
        XCTAssertEqual(errors[3].message, "Induction start date must be a date like 2026-09-01 or 01/09/2026")
        XCTAssertEqual(errors[5].message, "Enter the lead provider for a provider-led programme")
        XCTAssertEqual(errors[1].summary, "Row 2: Enter the ECT's email address in the correct format, like name@example.org")
    }

    func testAnAppropriateBodyImportNamesEachRowsSchoolByURN() throws {
        let header = "school_urn," + Self.header
        let text = [header, "107512," + Self.row(1), "138204," + Self.row(2), "999999," + Self.row(3)].joined(separator: "\n")
        XCTAssertEqual(errors(try importCSV(text, schoolID: nil)),
                       [ECTImportError(row: 4, column: "school_urn", message: "No school with URN 999999 is registered with this appropriate body")])
        let fixed = [header, "107512," + Self.row(1), "138204," + Self.row(2)].joined(separator: "\n")
        XCTAssertEqual(try InductionReader(database: database).ectImportProblems(fixed, schoolID: nil, today: time.today), [])
        XCTAssertEqual(try importCSV(fixed, schoolID: nil), .imported(count: 2))
        let holme = try schoolID("138204")
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT school_id FROM ects WHERE trn = '5000002'") }, holme)
    }

    func testTheTemplateImportsAndTheErrorsCSVIsQuotedAndSafe() throws {
        XCTAssertEqual(ECTCSVParser(appropriateBodyLevel: true).parse(ECTImportCSV.template(appropriateBodyLevel: true)).errors, [])
        let text = ECTImportCSV.errors([ECTImportError(row: 3, column: "trn", message: "Say \"hi\", then"),
                                        ECTImportError(row: nil, message: "=cmd")])
        XCTAssertEqual(text, "row,column,message\r\n3,trn,\"Say \"\"hi\"\", then\"\r\n,,'=cmd\r\n")
    }

    func testASuspendedSchoolImportsNothing() throws {
        try database.write { _ = try $0.run("UPDATE schools SET status = 'suspended' WHERE urn = '138204'") }
        XCTAssertEqual(errors(try importCSV(Self.file(rows: 2), schoolID: try schoolID("138204"))),
                       [ECTImportError(row: nil, message: RegisterECT.suspendedMessage)])
        let text = ["school_urn," + Self.header, "107512," + Self.row(1), "138204," + Self.row(2)].joined(separator: "\n")
        XCTAssertEqual(errors(try importCSV(text, schoolID: nil)).map(\.summary), [
            "Row 3: The appropriate body has suspended the account of the school with URN 138204, so it cannot register ECTs",
        ])
    }
}
