import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 3: the appropriate body's own questions on each kind of report. The form's messages,
/// adding, retiring and moving, each change's audit in its own transaction, and a report keeping the
/// questions it was started with.
final class ReportQuestionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let author = TestFixtures.makeAuthor(name: "Ada Admin", role: .abAdmin)

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
    }

    private func scalar(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) })
    }

    private func form(_ values: [String: String]) -> Result<ReportQuestionDraft, ValidationErrors> {
        ReportQuestionForm(values: ["kind": "progress-review", "prompt": "How is it going?", "answerType": "short-text"]
            .merging(values) { _, new in new }).validate()
    }

    @discardableResult
    private func add(_ prompt: String, kind: DueItemKind = .progressReview, _ type: ReportQuestionAnswerType = .yesNo,
                     choices: [String] = []) throws -> Int {
        try AddReportQuestion(store: store).add(ReportQuestionDraft(kind: kind, prompt: prompt, answerType: type, choices: choices),
                                                author: author)
    }

    private func prompts(_ kind: DueItemKind = .progressReview) throws -> [String] {
        try InductionReader(database: database).reportQuestions()[kind, default: []].map(\.prompt)
    }

    // MARK: The form

    func testAValidFormGivesATrimmedDraft() throws {
        let draft = try form(["prompt": "  What went   well?  ", "hint": " Think of the\nlast half term ", "answerType": "one-choice",
                              "choices": "Very well\r\n\n  Well \nNot yet\n", "required": "yes"]).get()
        XCTAssertEqual(draft, ReportQuestionDraft(kind: .progressReview, prompt: "What went well?", hint: "Think of the last half term",
                                                  answerType: .oneChoice, choices: ["Very well", "Well", "Not yet"], required: true))
        XCTAssertEqual(try form(["choices": "ignored\nfor short text"]).get().choices, [], "choices only for one choice")
        XCTAssertFalse(try form([:]).get().required)
    }

    func testEachWrongFieldHasAMessageForPeople() {
        XCTAssertEqual(ReportQuestionForm(values: [:]).validate().messages, [
            "kind": "Select which report the question is for",
            "prompt": "Enter the question",
            "answerType": "Select how the question is answered",
        ])
        XCTAssertEqual(form(["kind": "annual-review", "answerType": "essay"]).messages, [
            "kind": "Select which report the question is for", "answerType": "Select how the question is answered",
        ])
        XCTAssertEqual(form(["prompt": String(repeating: "q", count: 301), "hint": String(repeating: "h", count: 501)]).messages, [
            "prompt": "The question must be 300 characters or fewer", "hint": "The hint must be 500 characters or fewer",
        ])
        XCTAssertNotNil(form(["prompt": String(repeating: "q", count: 300), "hint": String(repeating: "h", count: 500)]).value)
        let choices = { (text: String) in self.form(["answerType": "one-choice", "choices": text]).messages["choices"] }
        XCTAssertEqual(choices(""), "Enter at least 2 choices, one on each line")
        XCTAssertEqual(choices("Only one\n\n  \n"), "Enter at least 2 choices, one on each line")
        XCTAssertEqual(choices((1...11).map { "Choice \($0)" }.joined(separator: "\n")), "Enter no more than 10 choices")
        XCTAssertEqual(choices("Yes\n yes "), "Each choice must be different")
        XCTAssertEqual(choices("Yes\n" + String(repeating: "c", count: 201)), "Each choice must be 200 characters or fewer")
        XCTAssertNil(choices((1...10).map { "Choice \($0)" }.joined(separator: "\n")))
    }

    // MARK: Adding, retiring, moving

    func testAddedQuestionsAreListedInOrderByKind() throws {
        try add("First?")
        try add("Second?", .oneChoice, choices: ["A", "B"])
        try add("For the final one?", kind: .finalFormalAssessment, .longText)
        XCTAssertEqual(try prompts(), ["First?", "Second?"])
        let all = try InductionReader(database: database).reportQuestions()
        XCTAssertEqual(all[.finalFormalAssessment]?.map(\.answerType), [.longText])
        XCTAssertNil(all[.interimAssessment])
        XCTAssertEqual(all[.progressReview]?.last?.choices, ["A", "B"])
        XCTAssertEqual(try scalar("SELECT count(*) FROM audit_events WHERE action = 'report_question.added' AND record_type = 'report_question'"), 3)
    }

    func testARetiredQuestionIsKeptButNoLongerOffered() throws {
        let id = try add("Retire me?")
        try add("Keep me?")
        XCTAssertTrue(try RetireReportQuestion(store: store).retire(questionID: id, author: author))
        XCTAssertFalse(try RetireReportQuestion(store: store).retire(questionID: id, author: author), "already retired: nothing to do")
        XCTAssertEqual(try prompts(), ["Keep me?"])
        XCTAssertEqual(try scalar("SELECT count(*) FROM report_questions WHERE id = ? AND retired_at IS NOT NULL", [id]), 1)
        XCTAssertEqual(try scalar("SELECT count(*) FROM audit_events WHERE action = 'report_question.retired'"), 1)
        XCTAssertThrowsError(try RetireReportQuestion(store: store).retire(questionID: 9_999, author: author)) {
            XCTAssertEqual($0 as? ReportQuestionError, .notFound)
        }
    }

    func testMovingSwapsAQuestionWithItsLiveNeighbour() throws {
        let a = try add("A?"), b = try add("B?"), c = try add("C?")
        let move = MoveReportQuestion(store: store)
        XCTAssertTrue(try move.move(questionID: c, .up, author: author))
        XCTAssertEqual(try prompts(), ["A?", "C?", "B?"])
        XCTAssertFalse(try move.move(questionID: a, .up, author: author), "already first")
        XCTAssertFalse(try move.move(questionID: b, .down, author: author), "already last")
        try RetireReportQuestion(store: store).retire(questionID: c, author: author)
        XCTAssertTrue(try move.move(questionID: b, .up, author: author), "past the retired one to its live neighbour")
        XCTAssertEqual(try prompts(), ["B?", "A?"])
        XCTAssertFalse(try move.move(questionID: c, .down, author: author), "a retired question stays where it is")
        XCTAssertEqual(try scalar("SELECT count(*) FROM audit_events WHERE action = 'report_question.moved'"), 2)
        XCTAssertThrowsError(try move.move(questionID: 9_999, .up, author: author))
    }

    func testTheSchemaRefusesChoicesThatDoNotFitTheAnswerType() throws {
        XCTAssertThrowsError(try add("Pick one?", .oneChoice, choices: ["Only"]))
        XCTAssertThrowsError(try add("Yes or no?", .yesNo, choices: ["Yes", "No"]))
        XCTAssertEqual(try scalar("SELECT count(*) FROM report_questions"), 0)
    }

    // MARK: Snapshots

    func testTheSnapshotIsTheLiveQuestionsOfThatKindAsSortedJSON() throws {
        let id = try add("Settled in?", .oneChoice, choices: ["Yes", "Mostly"])
        try add("Other kind?", kind: .interimAssessment)
        let json = try database.read { try ReportQuestionSet.snapshot(kind: .progressReview, $0) }
        XCTAssertEqual(json, #"[{"answerType":"one-choice","choices":["Yes","Mostly"],"hint":"","id":\#(id),"kind":"progress-review","#
            + #""position":1,"prompt":"Settled in?","required":false}]"#)
        XCTAssertEqual(ReportQuestionSet.decode(json), [ReportQuestion(id: id, kind: "progress-review", prompt: "Settled in?", hint: "",
                                                                       answerType: .oneChoice, choices: ["Yes", "Mostly"], required: false,
                                                                       position: 1)])
        XCTAssertEqual(ReportQuestionSet.decode("not json"), [])
        XCTAssertEqual(try database.read { try ReportQuestionSet.snapshot(kind: .finalFormalAssessment, $0) }, "[]")
    }

    func testAReportKeepsTheQuestionsItWasStartedWith() throws {
        let kept = try add("Asked before the report started?")
        let reportID = try startReport()
        let stored = { try XCTUnwrap(try self.database.read { try $0.queryOne("SELECT questions FROM reports WHERE id = ?", [reportID]) })
            .string("questions") }
        let before = try stored()
        XCTAssertEqual(ReportQuestionSet.decode(before).map(\.id), [kept])

        try add("Added afterwards?")
        try MoveReportQuestion(store: store).move(questionID: kept, .down, author: author)
        try RetireReportQuestion(store: store).retire(questionID: kept, author: author)
        XCTAssertEqual(try stored(), before, "changing the set never alters a report already started")
    }

    /// A progress review for the ECT with TRN 3012456, started by their current tutor.
    private func startReport() throws -> Int {
        let ect = try scalar("SELECT id FROM ects WHERE trn = '3012456'")
        let tutor = try scalar("""
            SELECT user_id FROM staff_assignments WHERE ect_id = ? AND role = 'tutor' AND to_date IS NULL ORDER BY id DESC LIMIT 1
            """, [ect])
        let tutorAuthor = TestFixtures.makeAuthor(name: "Tutor", userID: tutor, role: .inductionTutor)
        do {
            return try StartReport(store: store).start(ectID: ect, kind: .progressReview, termNumber: 1, author: tutorAuthor)
        } catch ReportRefusal.notDue {
            let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: ect, $0) })
            let item = try XCTUnwrap(try TermCalendar.compute(record.calendarInput).dueItems.first)
            return try StartReport(store: store).start(ectID: ect, kind: item.kind, termNumber: item.forTermNumber, author: tutorAuthor)
        }
    }

    // MARK: Each change and its audit commit together

    func testAddingAQuestionIsUndoneWhenItsAuditFails() throws {
        try AuditTransactionProbe(database).assertAtomic(["report_questions"]) {
            try add("Probe?")
        }
    }

    func testRetiringAQuestionIsUndoneWhenItsAuditFails() throws {
        let id = try add("Probe?")
        try AuditTransactionProbe(database).assertAtomic(["report_questions"]) {
            let retired = try RetireReportQuestion(store: store).retire(questionID: id, author: author)
            XCTAssertTrue(retired)
        }
    }

    func testMovingAQuestionIsUndoneWhenItsAuditFails() throws {
        try add("First?")
        let id = try add("Second?")
        try AuditTransactionProbe(database).assertAtomic(["report_questions"]) {
            let moved = try MoveReportQuestion(store: store).move(questionID: id, .up, author: author)
            XCTAssertTrue(moved)
        }
    }
}
