import Induction
import XCTest

/// Statutory scenarios for the term calendar, one table, one loop. Dates use the England default
/// term dates (`AcademicYearTerms.englandDefault`, half terms included) unless a scenario sets its
/// own; expected dates were worked out by hand from those terms and the GOV.UK bank holidays.
/// Rows marked "half terms:" changed when school days stopped counting half-term days (issue 7).
///
/// Items read "R" progress review, "A1" first formal, "F" final formal, "I" interim assessment,
/// then the day it is held, then "due …" when the report is due later (the final: SG 2.61).
final class TermCalendarScenarioTests: XCTestCase {
    struct Scenario {
        let name: String
        let input: TermCalendarInput
        /// Terms served by the end of `servedOn`: stored thousandths and the one-decimal display.
        var servedOn: String? = nil
        var served: (thousandths: Int, shown: String)? = nil
        /// Nil when the ECT leaves before completing.
        let end: String?
        let items: [String]
    }

    func testEveryScenario() throws {
        let scenarios = Self.scenarios
        XCTAssertGreaterThanOrEqual(scenarios.count, 25)
        XCTAssertEqual(Set(scenarios.map(\.name)).count, scenarios.count, "scenario names are unique")
        for scenario in scenarios {
            let result: TermCalendarResult
            do { result = try TermCalendar.compute(scenario.input) } catch {
                XCTFail("\(scenario.name): threw \(error)")
                continue
            }
            XCTAssertEqual(result.projectedEndDate?.iso, scenario.end, "\(scenario.name): projected end date")
            XCTAssertEqual(result.dueItems.map(Self.describe), scenario.items, "\(scenario.name): due items")
            if let on = scenario.servedOn, let served = scenario.served {
                let actual = result.termsServed(asOf: Self.d(on))
                XCTAssertEqual(actual.thousandths, served.thousandths, "\(scenario.name): terms served on \(on)")
                XCTAssertEqual(actual.oneDecimal, served.shown, "\(scenario.name): terms served shown")
            }
            let workingDays = WorkingDays()
            for item in result.dueItems {
                // Issue 7, item 6: a review or assessment is held on a school day (the leaving day aside).
                let term = scenario.input.termDates.term(onOrAfter: item.date)
                XCTAssertTrue(item.kind == .interimAssessment || term.schoolDays(workingDays).contains(item.date),
                              "\(scenario.name): \(item.kind) on \(item.date.iso) is not a school day")
                XCTAssertLessThan(item.earliestSubmission, item.date, "\(scenario.name): earliest before \(item.date)")
                XCTAssertGreaterThanOrEqual(item.dueDate, item.date, "\(scenario.name): due on or after \(item.date)")
            }
        }
    }

    static func describe(_ item: DueItem) -> String {
        let code = switch item.kind {
        case .progressReview: "R"
        case .firstFormalAssessment: "A1"
        case .finalFormalAssessment: "F"
        case .interimAssessment: "I"
        }
        return "\(code) \(item.date.iso)" + (item.dueDate == item.date ? "" : " due \(item.dueDate.iso)")
    }

    /// A full-time September 2026 start with nothing unusual.
    static let fullTimeSeptember = [
        "R 2026-12-18", "R 2027-03-25", "A1 2027-07-22", "R 2027-12-17", "R 2028-04-13", "F 2028-07-21 due 2028-08-04",
    ]

    static var scenarios: [Scenario] {
        [
            Scenario(name: "full time, September start",
                     input: input("2026-09-01"), servedOn: "2027-07-22", served: (3000, "3.0"),
                     end: "2028-07-21", items: fullTimeSeptember),
            Scenario(name: "full time, starts on the third school day (first week counts as the term)",
                     input: input("2026-09-03"), servedOn: "2026-12-18", served: (1000, "1.0"),
                     end: "2028-07-21", items: fullTimeSeptember),
            Scenario(name: "full time, contract starts in the summer holiday",
                     input: input("2026-08-24"), servedOn: "2026-08-31", served: (0, "0.0"),
                     end: "2028-07-21", items: fullTimeSeptember),
            Scenario(name: "full time, January start: final report due across Christmas",
                     input: input("2027-01-04"), servedOn: "2027-12-17", served: (3000, "3.0"),
                     end: "2028-12-15",
                     items: ["R 2027-03-25", "R 2027-07-22", "A1 2027-12-17", "R 2028-04-13", "R 2028-07-21",
                             "F 2028-12-15 due 2029-01-03"]),
            Scenario(name: "full time, summer-term start: final report due across Easter and early May",
                     input: input("2026-04-20"), servedOn: "2027-03-25", served: (3000, "3.0"),
                     end: "2028-04-13",
                     items: ["R 2026-07-22", "R 2026-12-18", "A1 2027-03-25", "R 2027-07-22", "R 2027-12-17",
                             "F 2028-04-13 due 2028-05-02"]),
            Scenario(name: "full time, summer 2027 start: Easter 2029 from the standing rules",
                     input: input("2027-04-12"), end: "2029-03-29",
                     items: ["R 2027-07-22", "R 2027-12-17", "A1 2028-04-13", "R 2028-07-21", "R 2028-12-15",
                             "F 2029-03-29 due 2029-04-16"]),
            Scenario(name: "0.5 FTE: four school years, a review every term (SG 2.36, 2.48)",
                     input: input("2026-09-01", fte: 50), servedOn: "2027-03-25", served: (1000, "1.0"),
                     end: "2030-07-22",
                     items: ["R 2026-12-18", "R 2027-03-25", "R 2027-07-22", "R 2027-12-17", "R 2028-04-13",
                             "A1 2028-07-21", "R 2028-12-15", "R 2029-03-29", "R 2029-07-20", "R 2029-12-14",
                             "R 2030-04-18", "F 2030-07-22 due 2030-08-05"]),
            // Half terms: 0.6 of autumn 2027 (74 school days) and of spring 2029 end earlier.
            Scenario(name: "0.8 FTE: 7.5 terms; reviews within a term of an assessment dropped (SG 2.49)",
                     input: input("2026-09-01", fte: 80), servedOn: "2027-07-22", served: (2400, "2.4"),
                     end: "2029-02-13",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-11-23", "R 2028-04-13", "R 2028-07-21",
                             "F 2029-02-13 due 2029-02-27"]),
            Scenario(name: "FTE change: 0.5 for two terms, then full time",
                     input: input("2026-09-01", fte: 50, changes: [FTEChange(effective: d("2027-04-12"), fte: .fullTime)]),
                     servedOn: "2027-07-22", served: (2000, "2.0"), end: "2028-12-15",
                     items: ["R 2026-12-18", "R 2027-03-25", "R 2027-07-22", "A1 2027-12-17", "R 2028-04-13",
                             "R 2028-07-21", "F 2028-12-15 due 2029-01-03"]),
            Scenario(name: "29 days' sickness in year 1: no extension (SG 3.6)",
                     input: input("2026-09-01", absences: [sickness("2026-10-05", "2026-11-12", 29)]),
                     end: "2028-07-21", items: fullTimeSeptember),
            Scenario(name: "30 days' sickness in year 1: year 1 extended by 30 school days (SG 3.6)",
                     input: input("2026-09-01", absences: [sickness("2026-10-05", "2026-11-13", 30)]),
                     // Half terms: 30 of autumn 2027's 73 school days, not 78.
                     servedOn: "2027-10-12", served: (3411, "3.4"), end: "2028-10-12",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-10-12", "R 2028-04-13", "F 2028-10-12 due 2028-10-26"]),
            Scenario(name: "30 days' other absence in year 2: only the final moves",
                     input: input("2026-09-01", absences: [absence(.other, "2027-11-01", "2027-12-10", 30)]),
                     end: "2028-10-12",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-07-22", "R 2027-12-17", "R 2028-04-13",
                             "F 2028-10-12 due 2028-10-26"]),
            Scenario(name: "20 days in each year: 40 in all, but under 30 in one year",
                     input: input("2026-09-01", absences: [sickness("2026-11-02", "2026-11-27", 20),
                                                            sickness("2027-11-01", "2027-11-26", 20)]),
                     end: "2028-07-21", items: fullTimeSeptember),
            Scenario(name: "maternity leave, ECT does not extend: excluded (SG 3.7); spring review moves then merges",
                     input: input("2026-09-01", absences: [absence(.maternity, "2027-02-01", "2027-06-30", 95)]),
                     end: "2028-07-21",
                     items: ["R 2026-12-18", "A1 2027-07-22", "R 2027-12-17", "R 2028-04-13", "F 2028-07-21 due 2028-08-04"]),
            // Spring 2028 starts on Tuesday 4 January: Monday 3 January is the New Year substitute day.
            // Half terms: the 95 days take longer to make up. SG 2.56: the spring review moves to the
            // first school day after the leave and is held, not merged into summer's (issue 7, item 5).
            Scenario(name: "maternity leave, ECT chooses to extend by 95 days (SG 3.7)",
                     input: input("2026-09-01", absences: [absence(.maternity, "2027-02-01", "2027-06-30", 95, extend: true)]),
                     end: "2029-01-31",
                     items: ["R 2026-12-18", "R 2027-07-01", "R 2027-07-22", "A1 2028-02-02", "R 2028-07-21",
                             "F 2029-01-31 due 2029-02-14"]),
            Scenario(name: "15 days' sickness plus 10 days' paternity leave chosen: extends by the 10 only",
                     input: input("2026-09-01", absences: [sickness("2026-11-02", "2026-11-20", 15),
                                                            absence(.paternity, "2027-02-01", "2027-02-12", 10, extend: true)]),
                     end: "2028-09-14",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-09-14", "R 2028-04-13", "F 2028-09-14 due 2028-09-28"]),
            // Half terms: 9 June 2026 is the 31st of summer 2026's 62 school days (5 June was the 39th of 78).
            Scenario(name: "0.5 FTE leaving after 2.5 terms: 1.25 terms served, interim due (SG 2.34, 2.62)",
                     input: input("2025-09-01", fte: 50, leaving: "2026-06-09"),
                     servedOn: "2026-07-22", served: (1250, "1.3"), end: nil,
                     items: ["R 2025-12-19", "R 2026-04-02", "I 2026-06-09"]),
            Scenario(name: "transfer mid-year: the next school continues from 1.25 terms",
                     input: input("2026-06-08", carried: TermsServed(thousandths: 1250)),
                     // Half terms: summer 2026 from 8 June is 33 of its 62 school days (0.532 of a term).
                     servedOn: "2026-12-18", served: (2782, "2.8"), end: "2028-01-24",
                     items: ["A1 2027-01-19", "R 2027-07-22", "F 2028-01-24 due 2028-02-07"]),
            Scenario(name: "transfer at a term start with 1.5 terms carried over",
                     input: input("2026-04-20", carried: TermsServed(tenths: 15)),
                     // Half terms: half of autumn 2026 is its 37th of 74 school days, 21 October.
                     servedOn: "2026-07-22", served: (2500, "2.5"), end: "2027-10-21",
                     items: ["A1 2026-10-21", "R 2027-03-25", "F 2027-10-21 due 2027-11-04"]),
            Scenario(name: "leaving after less than a term: the post does not count (SG 2.33)",
                     input: input("2026-09-01", leaving: "2026-10-30"),
                     servedOn: "2026-10-30", served: (0, "0.0"), end: nil, items: []),
            Scenario(name: "leaving under a term after the first assessment: no interim",
                     input: input("2026-09-01", leaving: "2027-10-15"),
                     // Half terms: 33 of autumn 2027's 73 school days.
                     servedOn: "2027-12-17", served: (3452, "3.5"), end: nil,
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-07-22"]),
            Scenario(name: "leaving two terms after the first assessment: interim replaces that term's review",
                     input: input("2026-09-01", leaving: "2028-04-13"),
                     servedOn: "2028-04-13", served: (5000, "5.0"), end: nil,
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-07-22", "R 2027-12-17", "I 2028-04-13"]),
            Scenario(name: "reduction to 1 term: only the final assessment, due across Christmas (SG 3.2–3.5)",
                     input: input("2026-09-01", reduction: 10), end: "2026-12-18",
                     items: ["F 2026-12-18 due 2027-01-06"]),
            Scenario(name: "reduction to 2 terms at 0.5 FTE: final only, across Christmas and New Year substitutes",
                     input: input("2026-09-01", fte: 50, reduction: 20), end: "2027-12-17",
                     items: ["F 2027-12-17 due 2028-01-05"]),
            // Half terms: half of autumn 2027 is its 37th of 73 school days.
            Scenario(name: "reduction to 2.5 terms from January: ends mid-term",
                     input: input("2027-01-04", reduction: 25), end: "2027-10-21",
                     items: ["F 2027-10-21 due 2027-11-04"]),
            // Issue 7, item 1: these extension rows used to hold a second final assessment at 6 terms.
            // Half terms: half of spring 2029 ends on 13 February.
            Scenario(name: "extension of 1.5 terms: one final, at 7.5; term 6 gets its review (SG 3.8–3.10, 2.49)",
                     input: input("2026-09-01", extensions: [15]), servedOn: "2028-12-15", served: (7000, "7.0"),
                     end: "2029-02-13",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-07-22", "R 2027-12-17", "R 2028-04-13",
                             "R 2028-07-21", "F 2029-02-13 due 2029-02-27"]),
            Scenario(name: "extension of 0.1 term: the shortest; term 6's review is under a term from the final",
                     input: input("2026-09-01", extensions: [1]), end: "2028-09-12",
                     items: fullTimeSeptember.dropLast() + ["F 2028-09-12 due 2028-09-26"]),
            Scenario(name: "extension of 4 terms: a review each term, final due across Christmas 2029",
                     input: input("2026-09-01", extensions: [40]), end: "2029-12-14",
                     items: fullTimeSeptember.dropLast() + ["R 2028-07-21", "R 2028-12-15", "R 2029-03-29", "R 2029-07-20",
                                                            "F 2029-12-14 due 2030-01-02"]),
            Scenario(name: "extension of 1 term: one final, at 7 terms; term 6 gets its review",
                     input: input("2026-09-01", extensions: [10]), end: "2028-12-15",
                     items: fullTimeSeptember.dropLast() + ["R 2028-07-21", "F 2028-12-15 due 2029-01-03"]),
            // Half terms: half-way through spring 2027’s 54 school days is 9 February; autumn 2026
            // from 2 November is 35 of 74 school days.
            Scenario(name: "mid-term start: review half-way through the next term",
                     input: input("2026-11-02"), servedOn: "2026-12-18", served: (473, "0.5"), end: "2028-10-31",
                     items: ["R 2027-02-09", "A1 2027-11-01", "R 2028-04-13", "F 2028-10-31 due 2028-11-14"]),
            // Issue 7, item 4: 16 school days before year 1 ends on 22 July 2027 and 22 after it, so
            // 16 and 22 days: neither year reaches 30. The first assessment moves past the absence.
            Scenario(name: "38 days' sickness across the end of year 1, 16 and 22: no extension",
                     input: input("2026-09-01", absences: [sickness("2027-07-01", "2027-09-30", 38)]),
                     end: "2028-07-21",
                     items: ["R 2026-12-18", "R 2027-03-25", "A1 2027-10-01", "R 2028-04-13", "F 2028-07-21 due 2028-08-04"]),
            // Issue 7, item 5: the autumn review moves to the first school day of spring, and spring keeps its own.
            Scenario(name: "one day's sickness on the last day of autumn: the review moves, not dropped (SG 2.56)",
                     input: input("2026-09-01", absences: [sickness("2026-12-18", "2026-12-18", 1)]),
                     end: "2028-07-21", items: ["R 2027-01-04"] + fullTimeSeptember.dropFirst()),
            // Issue 7, item 6: the AB ends spring on Easter Monday; the review is the last school day, 25 March.
            Scenario(name: "a term ending on a bank holiday: the review is on its last school day",
                     input: input("2026-09-01", termDates: TermDates([AcademicYearTerms(
                         academicYear: 2026,
                         autumn: (d("2026-09-01"), d("2026-12-18")),
                         spring: (d("2027-01-04"), d("2027-03-29")),
                         summer: (d("2027-04-12"), d("2027-07-22")))!])),
                     end: "2028-07-21", items: fullTimeSeptember),
            // Issue 7, item 8: 20 days at the first school and 15 here fall in year 1: 35 days, so
            // year 1 ends 35 school days into autumn 2026, on 19 October (summer 2027 is under a term from the final).
            Scenario(name: "transfer: absences at the earlier school count toward year 1 (SG 3.6)",
                     input: input("2026-04-20", absences: [sickness("2026-06-01", "2026-06-19", 15)],
                                  carried: TermsServed(terms: 2),
                                  earlier: [sickness("2025-11-03", "2025-11-28", 20)]),
                     end: "2027-10-19",
                     items: ["A1 2026-10-19", "R 2027-03-25", "F 2027-10-19 due 2027-11-02"]),
            Scenario(name: "term dates set by the appropriate body for 2026–27",
                     input: input("2026-09-02", termDates: TermDates([AcademicYearTerms(
                         academicYear: 2026,
                         autumn: (d("2026-09-02"), d("2026-12-16")),
                         spring: (d("2027-01-05"), d("2027-03-31")),
                         summer: (d("2027-04-19"), d("2027-07-21")))!])),
                     end: "2028-07-21",
                     items: ["R 2026-12-16", "R 2027-03-31", "A1 2027-07-21", "R 2027-12-17", "R 2028-04-13",
                             "F 2028-07-21 due 2028-08-04"]),
        ]
    }
}
