import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Fatima Begum (TRN 3021784) at Holme Moss: her final formal assessment brought to any state with
/// the headteacher's recommendation, on a clock the test moves (it starts Wed 25 Nov 2026).
struct DecisionFixture {
    let base: ReportFixture
    let clock = MutableTimeSource()
    var database: Database { base.database }
    var store: InductionStore { InductionStore(database: base.database, time: clock) }

    init() throws { base = try ReportFixture() }

    var fatima: Int { get throws { try base.id("SELECT id FROM ects WHERE trn = '3021784'") } }
    var tutor: Author { get throws { try base.person("induction-tutor@138204.schools.example", as: .inductionTutor) } }
    var head: Author { get throws { try base.person("headteacher@138204.schools.example", as: .headteacher) } }
    var ect: Author { get throws { try base.person("fatima.begum@138204.schools.example", as: .ect) } }
    var officer: Author { get throws { try base.officer } }

    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    var today: CalendarDate { clock.today }

    func advance(days: Int) { clock.advance(by: Double(days) * 86_400) }

    /// The final assessment, complete, taken as far as `state` (submitted or accepted; earlier states
    /// stop after saving).
    @discardableResult
    func finalAssessment(_ state: ReportState = .accepted, recommendation: String = "satisfactory") throws -> Int {
        let id = try StartReport(store: store).start(ectID: try fatima, kind: .finalFormalAssessment, termNumber: 6, author: try tutor)
        var fields = ["meeting-date": "2027-07-09", "evidence": "Two years of observations, planning and pupil work.",
                      "recommendation": recommendation]
        for standard in TeachersStandard.all { fields["judgement-\(standard.fieldKey)"] = "meeting" }
        try SaveReport(store: store).save(reportID: id, fields: fields, basedOn: 1, author: try tutor)
        guard state != .draft else { return id }
        try ShareReport(store: store).share(reportID: id, author: try tutor)
        for (role, author) in [(SignerRole.tutor, try tutor), (.headteacher, try head), (.ect, try ect)] {
            try SignReport(store: store)
                .sign(reportID: id, as: role, confirmation: .password(TestFixtures.demoPassword, sessionToken: nil), author: author)
        }
        try SubmitReport(store: store).submit(reportID: id, author: try tutor)
        guard state == .accepted else { return id }
        try AcceptReport(store: store).accept(reportID: id, author: try officer)
        return id
    }

    func record(_ entry: InductionOutcomeEntry) throws {
        try RecordInductionOutcome(store: store).record(entry, ectID: try fatima, author: try officer)
    }

    func refusal(_ body: () throws -> Void) -> DecisionRefusal? {
        do { try body(); return nil } catch { return error as? DecisionRefusal }
    }

    func requiredTerms() throws -> TermsServed {
        let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: try fatima, $0) })
        return try TermCalendar.compute(record.calendarInput).requiredTerms
    }

    func status() throws -> DecisionStatus {
        try XCTUnwrap(try store.reader.decision(ectID: try fatima, today: today))
    }
}
