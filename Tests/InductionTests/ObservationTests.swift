import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 11 item 2: lesson observations by the ECT's tutor (or the school's leaders) with an observer
/// holding QTS, and mentor meetings by the ECT's mentor; each stored once on a double post.
final class ObservationTests: XCTestCase {
    private let today = TestFixtures.fixedTime.today
    private var database: Database!
    private var store: InductionStore!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
        store = TestFixtures.makeStore(database)
    }

    private func int(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) })
    }

    private func author(_ email: String, as role: Role) throws -> Author {
        let id = try int("SELECT id FROM users WHERE email = ?", [email])
        let name = try XCTUnwrap(try database.read { try $0.queryOne("SELECT name FROM users WHERE id = ?", [id])?.string("name") })
        return Author(userID: id, name: name, role: role, clientAddress: "192.0.2.1")
    }

    /// Amelia Hartley: tutored by the Calder Valley headteacher, mentored by Laura Bentley.
    private func amelia() throws -> Int { try int("SELECT id FROM ects WHERE trn = '3012456'") }
    private func tutor() throws -> Author { try author("headteacher@107512.schools.example", as: .inductionTutor) }
    private func mentor() throws -> Author { try author("mentor@107512.schools.example", as: .mentor) }

    private let good = ["observed-day": "12", "observed-month": "11", "observed-year": "2026", "observer": "Rachel Sutcliffe",
                        "observerHoldsQTS": "yes", "focus": "Questioning", "feedback": "Good pace", "developmentNeeds": ""]

    private func entry(_ date: CalendarDate? = nil, qts: Bool = true, feedback: String = "Good pace") -> ObservationEntry {
        ObservationEntry(observedOn: date ?? today.adding(days: -3), observerName: "Rachel Sutcliffe", observerHoldsQTS: qts,
                         focus: "Questioning", feedback: feedback, developmentNeeds: "Hinge questions")
    }

    func testTheObservationFormTable() {
        let cases: [(String, [String: String], [String: String])] = [
            ("nothing typed", [:], ["observed": "Enter the date of the observation", "observer": "Enter the name of the observer",
                                    "observerHoldsQTS": "Confirm that the observer holds qualified teacher status (QTS)",
                                    "focus": "Enter the focus of the observation", "feedback": "Enter the feedback given to the ECT"]),
            ("QTS not confirmed", good.merging(["observerHoldsQTS": ""]) { $1 },
             ["observerHoldsQTS": "Confirm that the observer holds qualified teacher status (QTS)"]),
            ("tomorrow", good.merging(["observed-day": "26"]) { $1 }, ["observed": "Date of the observation must be today or in the past"]),
            ("not a date", good.merging(["observed-day": "31", "observed-month": "2"]) { $1 },
             ["observed": "Date of the observation must be a real date"]),
            ("before the framework", good.merging(["observed-year": "2020"]) { $1 },
             ["observed": "Date of the observation must be on or after 1 September 2021"]),
            ("feedback too long", good.merging(["feedback": String(repeating: "a", count: 5001)]) { $1 },
             ["feedback": "The feedback must be 5,000 characters or fewer"]),
            ("focus too long", good.merging(["focus": String(repeating: "a", count: 501)]) { $1 },
             ["focus": "The focus must be 500 characters or fewer"]),
        ]
        for (name, values, expected) in cases {
            guard case .failure(let errors) = ObservationForm(values: values).validate(today: today) else { return XCTFail("\(name): accepted") }
            XCTAssertEqual(errors.messages, expected, name)
        }
        guard case .success(let accepted) = ObservationForm(values: good.merging(["focus": "  Questioning  "]) { $1 }).validate(today: today)
        else { return XCTFail("a good form") }
        XCTAssertEqual(accepted.focus, "Questioning")
        XCTAssertEqual(accepted.observedOn.iso, "2026-11-12")
    }

    func testTheMentorMeetingFormTable() {
        let good = ["met-day": "20", "met-month": "11", "met-year": "2026", "focus": "Planning", "nextStep": "Share the plan"]
        let cases: [(String, [String: String], [String: String])] = [
            ("nothing typed", [:], ["met": "Enter the date of the meeting", "focus": "Enter what the meeting was about",
                                    "nextStep": "Enter the next step you agreed"]),
            ("tomorrow", good.merging(["met-day": "26"]) { $1 }, ["met": "Date of the meeting must be today or in the past"]),
            ("next step too long", good.merging(["nextStep": String(repeating: "a", count: 2001)]) { $1 },
             ["nextStep": "The next step must be 2,000 characters or fewer"]),
        ]
        for (name, values, expected) in cases {
            guard case .failure(let errors) = MentorMeetingForm(values: values).validate(today: today) else { return XCTFail("\(name): accepted") }
            XCTAssertEqual(errors.messages, expected, name)
        }
        XCTAssertNoThrow(try MentorMeetingForm(values: good).validate(today: today).get())
    }

    func testTheTutorRecordsAnObservationWithItsAuditInTheSameTransaction() throws {
        let ectID = try amelia()
        let tutor = try tutor()
        try AuditTransactionProbe(database).assertAtomic(["lesson_observations"]) {
            try RecordObservation(store: store).record(entry(), ectID: ectID, author: tutor)
        }
        let read = try store.reader.observations(ectID: ectID)
        XCTAssertEqual(read.observations.map(\.focus), ["Questioning"])
        XCTAssertEqual(read.lastObservedOn, today.adding(days: -3))
        XCTAssertFalse(read.isObservationDue(today: today))
        XCTAssertTrue(read.isObservationDue(today: today.adding(days: 47)), "seven weeks on, another is due")
        XCTAssertEqual(try int("SELECT observer_user_id FROM lesson_observations"), tutor.userID, "the tutor observed it herself")
        XCTAssertEqual(try int("SELECT count(*) FROM audit_events WHERE action = 'lesson_observation.recorded' AND record_id = ?", [ectID]), 1)
    }

    func testTheSameObservationPostedTwiceIsStoredOnce() throws {
        let ectID = try amelia()
        let first = try RecordObservation(store: store).record(entry(), ectID: ectID, author: try tutor())
        let again = try RecordObservation(store: store).record(entry(), ectID: ectID, author: try tutor())
        XCTAssertEqual(first, again)
        XCTAssertEqual(try int("SELECT count(*) FROM lesson_observations"), 1)
        XCTAssertEqual(try int("SELECT count(*) FROM audit_events WHERE action = 'lesson_observation.recorded'"), 1)
        try RecordObservation(store: store).record(entry(feedback: "Different words"), ectID: ectID, author: try tutor())
        XCTAssertEqual(try int("SELECT count(*) FROM lesson_observations"), 2, "a different observation is kept")
    }

    func testRefusalsWithoutQTSInTheFutureBeforeInductionAndByOthers() throws {
        let ectID = try amelia()
        let tutor = try tutor()
        let record = RecordObservation(store: store)
        XCTAssertThrowsError(try record.record(entry(qts: false), ectID: ectID, author: tutor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .observerWithoutQTS)
        }
        XCTAssertThrowsError(try record.record(entry(today.adding(days: 1)), ectID: ectID, author: tutor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .dateInTheFuture)
        }
        XCTAssertThrowsError(try record.record(entry(CalendarDate(iso: "2025-08-31")), ectID: ectID, author: tutor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .beforeInduction(CalendarDate(iso: "2025-09-01")!))
        }
        let otherTutor = try author("david.greenwood@107512.schools.example", as: .inductionTutor)
        XCTAssertThrowsError(try record.record(entry(), ectID: ectID, author: otherTutor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .notTheirTutor)
        }
        XCTAssertThrowsError(try record.record(entry(), ectID: ectID, author: try mentor())) {
            XCTAssertEqual($0 as? ObservationRefusal, .notTheirTutor, "a mentor never assesses")
        }
        XCTAssertThrowsError(try database.write {
            try $0.run("""
                INSERT INTO lesson_observations (ect_id, school_id, observed_on, observer_name, observer_holds_qts, focus, feedback,
                                                 development_needs, recorded_at)
                VALUES (?, (SELECT school_id FROM ects WHERE id = ?), '2026-11-20', 'Someone', 0, 'Focus', 'Feedback', '', '2026-11-25T10:00:00Z')
                """, [ectID, ectID])
        }, "the schema refuses an observer without QTS too")
        XCTAssertEqual(try int("SELECT count(*) FROM lesson_observations"), 0)
        let lead = try author("induction-lead@107512.schools.example", as: .inductionLead)
        XCTAssertNoThrow(try record.record(entry(), ectID: ectID, author: lead), "the induction lead records for any ECT at the school")
    }

    func testOnlyTheECTsMentorLogsAMeetingAndADoublePostIsStoredOnce() throws {
        let ectID = try amelia()
        let meeting = MentorMeetingEntry(metOn: today.adding(days: -2), focus: "Planning", nextStep: "Share the plan")
        let mentor = try mentor()
        var first = 0
        try AuditTransactionProbe(database).assertAtomic(["mentor_meetings"]) {
            first = try RecordMentorMeeting(store: store).record(meeting, ectID: ectID, author: mentor)
        }
        XCTAssertEqual(try RecordMentorMeeting(store: store).record(meeting, ectID: ectID, author: mentor), first)
        XCTAssertEqual(try store.reader.observations(ectID: ectID).meetings.map(\.mentorName), ["Laura Bentley"])
        let otherMentor = try author("sophie.lumb@107512.schools.example", as: .mentor)
        XCTAssertThrowsError(try RecordMentorMeeting(store: store).record(meeting, ectID: ectID, author: otherMentor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .notTheirMentor)
        }
        XCTAssertThrowsError(try RecordMentorMeeting(store: store).record(meeting, ectID: ectID, author: try tutor())) {
            XCTAssertEqual($0 as? ObservationRefusal, .notTheirMentor)
        }
        let tomorrow = MentorMeetingEntry(metOn: today.adding(days: 1), focus: "Planning", nextStep: "Share the plan")
        XCTAssertThrowsError(try RecordMentorMeeting(store: store).record(tomorrow, ectID: ectID, author: mentor)) {
            XCTAssertEqual($0 as? ObservationRefusal, .dateInTheFuture)
        }
        XCTAssertEqual(try int("SELECT count(*) FROM mentor_meetings"), 1)
    }

    func testTheDemoSeedsObservationsOnceThroughTheVerbs() throws {
        let made = try SeedDemoObservations(store: store).seed()
        XCTAssertGreaterThan(made, 10)
        XCTAssertEqual(try SeedDemoObservations(store: store).seed(), 0, "a second run adds nothing")
        XCTAssertEqual(try int("SELECT count(*) FROM lesson_observations") + (try int("SELECT count(*) FROM mentor_meetings")), made)
        XCTAssertEqual(try int("SELECT count(*) FROM audit_events WHERE action IN ('lesson_observation.recorded', 'mentor_meeting.recorded')"),
                       made)
        let amelia = try store.reader.observations(ectID: try amelia())
        XCTAssertFalse(amelia.isObservationDue(today: today))
        let oliver = try store.reader.observations(ectID: try int("SELECT id FROM ects WHERE trn = '3012457'"))
        XCTAssertTrue(oliver.isObservationDue(today: today), "every other ECT shows the hint")
        XCTAssertEqual(try int("SELECT count(*) FROM lesson_observations o JOIN ects e ON e.id = o.ect_id WHERE o.observed_on < e.induction_start_date"), 0)
    }
}
