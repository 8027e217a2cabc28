import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Half terms in the appropriate body's term dates (issue 7, item 6): the form's messages, the
/// store's round trip, years saved before migration 006, and the schema's own checks.
final class TermDatesHalfTermTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var inductionStore: InductionStore { InductionStore(database: database, time: time) }
    private let admin = TestFixtures.makeAuthor(name: "Aisha Admin", role: .abAdmin, clientAddress: "192.0.2.1")

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(seeded: false)
    }

    private func form(_ dates: [TermDateField: String]) -> TermDatesForm {
        var values = TermDatesForm(AcademicYearTerms.englandDefault(academicYear: 2026)).values
        for (field, iso) in dates {
            let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            values["\(field.rawValue)-year"] = parts[0]
            values["\(field.rawValue)-month"] = parts.count > 1 ? parts[1] : ""
            values["\(field.rawValue)-day"] = parts.count > 2 ? parts[2] : ""
        }
        return TermDatesForm(values: values)
    }

    private func errors(_ form: TermDatesForm) -> [String: String] {
        guard case .failure(let errors) = form.validate(academicYear: 2026) else { return [:] }
        return errors.messages
    }

    func testTheFormHasTwelveDatesFilledFromTheDefaults() {
        XCTAssertEqual(TermDatesForm.inputNames.count, 36)
        let values = TermDatesForm(AcademicYearTerms.englandDefault(academicYear: 2026)).values
        XCTAssertEqual([values["autumnHalfTermStart-day"], values["autumnHalfTermStart-month"], values["autumnHalfTermEnd-day"]],
                       ["26", "10", "30"])
        XCTAssertEqual(TermDateField.springHalfTermEnd.label, "Spring half term end date")
        XCTAssertEqual(TermDateField.springHalfTermEnd.column, "spring_half_term_end")
        XCTAssertEqual(TermDateField.autumnStart.column, "autumn_start")
    }

    func testAHalfTermMustFallInsideItsTerm() {
        XCTAssertEqual(errors(form([.autumnHalfTermStart: "--"])), ["autumnHalfTermStart": "Enter the autumn half term start date"])
        XCTAssertEqual(errors(form([.autumnHalfTermStart: "2026-08-31", .autumnHalfTermEnd: "2026-09-04"])),
                       ["autumnHalfTermStart": "Autumn half term start date must be after the autumn term start date"])
        XCTAssertEqual(errors(form([.springHalfTermEnd: "2027-02-12"])),
                       ["springHalfTermEnd": "Spring half term end date must be the same as or after the half term start date"])
        XCTAssertEqual(errors(form([.summerHalfTermStart: "2027-07-19", .summerHalfTermEnd: "2027-07-23"])),
                       ["summerHalfTermEnd": "Summer half term end date must be before the summer term end date"])
        XCTAssertEqual(errors(form([.summerHalfTermEnd: "2027-09-04"])),
                       ["summerHalfTermEnd": "Summer half term end date must be between 1 August 2026 and 31 August 2027"])
        XCTAssertEqual(errors(form([.autumnHalfTermStart: "2026-10-19"])), [:], "a two-week half term is fine")
    }

    func testHalfTermsAreStoredLoadedAndAudited() throws {
        let store = TermDatesStore()
        let terms = try form([.autumnHalfTermStart: "2026-10-19", .autumnHalfTermEnd: "2026-10-23"]).validate(academicYear: 2026).get()
        let changed = try SaveTermDates(store: inductionStore).save(terms, author: admin)
        XCTAssertEqual(changed, ["autumn_half_term_start", "autumn_half_term_end"])
        let detail = try database.read { try $0.queryOne("SELECT detail FROM audit_events WHERE action = 'term_dates.updated'")?.string("detail") }
        XCTAssertEqual(detail, "academic year 2026: changed: autumn_half_term_start, autumn_half_term_end")
        let loaded = try database.read { try store.load($0) }.year(2026)
        XCTAssertEqual(loaded, terms)
        XCTAssertEqual(loaded.autumn.halfTerm, CalendarDate(iso: "2026-10-19")!...CalendarDate(iso: "2026-10-23")!)
        XCTAssertEqual(loaded.spring.halfTerm, AcademicYearTerms.englandDefault(academicYear: 2026).spring.halfTerm)
        let result = try TermCalendar.compute(TermCalendarInput(startDate: CalendarDate(iso: "2026-09-01")!,
                                                                termDates: try database.read { try store.load($0) }))
        XCTAssertEqual(result.termsServed(asOf: CalendarDate(iso: "2026-10-23")!).thousandths, 459, "34 of 74 school days")
    }

    func testAYearSavedBeforeHalfTermsGetsTheDefaultsWhereTheyFit() throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO term_dates (academic_year, autumn_start, autumn_end, spring_start, spring_end, summer_start, summer_end, updated_at)
                VALUES (2026, '2026-09-01', '2026-10-23', '2026-11-02', '2027-03-25', '2027-04-12', '2027-07-22', '2026-11-25T00:00:00Z')
                """)
        }
        let year = try database.read { try TermDatesStore().load($0) }.year(2026)
        XCTAssertNil(year.autumn.halfTerm, "the default half term is after this autumn's end")
        XCTAssertEqual(year.spring.halfTerm?.lowerBound.iso, "2027-02-15")
        XCTAssertEqual(year.summer.halfTerm?.lowerBound.iso, "2027-05-31")
    }

    func testTheSchemaRefusesAHalfTermOutsideItsTermOrWithOneDate() throws {
        let insert = """
            INSERT INTO term_dates (academic_year, autumn_start, autumn_end, spring_start, spring_end, summer_start, summer_end,
                                    autumn_half_term_start, autumn_half_term_end, updated_at)
            VALUES (2026, '2026-09-01', '2026-12-18', '2027-01-04', '2027-03-25', '2027-04-12', '2027-07-22', ?, ?, '2026-11-25T00:00:00Z')
            """
        for (start, end) in [("2026-08-31", "2026-09-04"), ("2026-12-14", "2026-12-18"), ("2026-10-30", "2026-10-26"),
                             ("2026-10-26", nil), ("2026-10-32", "2026-10-30")] as [(String, String?)] {
            XCTAssertThrowsError(try database.write { try $0.run(insert, [start, end]) }, "\(start) \(end ?? "nil")")
        }
        XCTAssertNoThrow(try database.write { try $0.run(insert, ["2026-10-26", "2026-10-30"]) })
    }
}
