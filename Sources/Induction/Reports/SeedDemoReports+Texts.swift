/// The invented words of one demo report (`SeedDemoReports`): evidence, notes against the standards,
/// targets, the ECT's comments. Texts are picked by the ECT and the report's place in the year, so
/// reports differ; they name only the ECT and their own school's mentor.
struct DemoReportTexts {
    typealias Text = @Sendable (Profile) -> String

    struct Profile: Sendable {
        let name: String
        let mentor: String
        let subject: String
        let classes: String
        /// "phase leader" at the primary school, "head of department" at the secondaries.
        let lead: String
        /// The ECT's place in the demo caseload, so neighbours' reports read differently.
        let ordinal: Int
    }

    let profile: Profile
    let item: DueItem
    let index: Int

    static func profile(_ ect: DemoData.DemoECT, school: DemoData.DemoSchool, ordinal: Int) -> Profile {
        let (subject, classes) = teaching[ect.trn] ?? ("their subject", "their classes")
        return Profile(name: ect.firstName, mentor: ect.mentor, subject: subject, classes: classes,
                       lead: school.name.contains("Primary") ? "phase leader" : "head of department", ordinal: ordinal)
    }

    static let teaching: [String: (String, String)] = [
        "3012456": ("phonics and early reading", "Year 2"), "3012457": ("maths", "Year 5"),
        "3012458": ("writing", "Year 3"), "3012459": ("early reading", "Reception"),
        "3021784": ("science", "Year 8 and Year 10 science groups"), "3021785": ("history", "Key Stage 3 history classes"),
        "3021786": ("French", "Year 7 French groups"), "3021787": ("maths", "Year 9 maths sets"),
        "3034410": ("English", "Year 9 and Year 11 English classes"), "3034411": ("geography", "Year 8 geography groups"),
        "3034412": ("art", "Key Stage 3 art groups"), "3034413": ("computing", "Year 10 computing class"),
    ]

    /// Differs from report to report of one ECT, and between ECTs (7 and 13 share no factor with the pools' sizes).
    var seed: Int { profile.ordinal * 7 + index * 13 }

    func pick<T>(_ pool: [T], _ offset: Int = 0) -> T { pool[(seed + offset) % pool.count] }

    /// The school's fields, complete, for this report's kind and questions.
    func fields(for report: Report, concern: Bool) -> [String: String] {
        let p = profile
        var fields = ["evidence": concern ? Self.concernEvidence(p) : pick(report.kind.isFormalAssessment
            ? Self.assessmentEvidence : Self.reviewEvidence)(p)]
        let targets = concern ? Self.concernTargets
            : report.kind == .finalFormalAssessment ? [pick(Self.targets)] : [pick(Self.targets), pick(Self.targets, 4)]
        for (slot, target) in zip(1..., targets) {
            fields["target-\(slot)-text"] = target.text(p)
            fields["target-\(slot)-standards"] = target.standards
            fields["target-\(slot)-success"] = target.success(p)
        }
        if report.kind.isFormalAssessment {
            fields["meeting-date"] = report.meetingDate.iso
            for standard in TeachersStandard.all {
                fields["judgement-\(standard.fieldKey)"] = concern && standard.fieldKey == "ts7" ? "not-yet-meeting" : "meeting"
            }
            if report.kind == .finalFormalAssessment {
                fields["recommendation"] = concern ? "unsatisfactory" : "satisfactory"
            } else {
                fields["progress"] = concern ? "unsatisfactory" : "satisfactory"
            }
        } else {
            fields["on-track"] = concern ? "no" : "yes"
            let notes = concern ? Self.concernNotes : (0..<3).map { TeachersStandard.partOne[(seed + $0 * 3) % 8].fieldKey }
                .reduce(into: [String: Text]()) { $0[$1] = pick(Self.notes[$1] ?? []) }
            for (key, note) in notes { fields["notes-\(key)"] = note(p) }
        }
        if concern { fields["support-plan"] = Self.supportPlan(p) }
        for question in report.form.questions {
            fields["question-\(question.id)"] = switch question.answerType {
            case .yesNo: "yes"
            case .oneChoice: question.choices.first ?? ""
            case .shortText, .longText: "Discussed at the meeting with \(p.name); see the evidence summary."
            }
        }
        return fields
    }

    /// A draft half-written: the evidence and the first target's wording, nothing else yet.
    func draft(of fields: [String: String]) -> [String: String] {
        fields.filter { ["evidence", "target-1-text"].contains($0.key) }
    }

    func ectComment(concern: Bool) -> String {
        concern ? Self.concernComment(profile) : pick(Self.comments)(profile)
    }

    var returnReason: String { item.kind.isFormalAssessment ? Self.assessmentReturnReason : pick(Self.returnReasons) }

    static let reviewEvidence: [Text] = [
        { p in "Two observed lessons with \(p.classes) (one by \(p.mentor), one joint with the induction tutor), weekly mentor meeting "
            + "notes and a sample of pupils' books in \(p.subject). \(p.name)'s planning sequences the unit clearly and builds on what "
            + "pupils already know; the book sample shows feedback being acted on." },
        { p in "Six fortnightly drop-ins by \(p.mentor), \(p.name)'s written lesson reflections and the \(p.lead)'s moderation of "
            + "\(p.subject) assessments. Routines at the start of lessons are now secure and pupils settle quickly; explanations are "
            + "clear, though questioning still relies on volunteers." },
        { p in "An observation of \(p.subject) with \(p.classes) focused on adaptive teaching, a learning walk by the induction tutor "
            + "and \(p.name)'s record of ECF self-study. Pupils with SEND had adapted resources and the teaching assistant had a clear brief." },
        { p in "The half-termly assessment results for \(p.classes), a parents' evening attended with \(p.mentor) and two planning "
            + "meetings. \(p.name) used the results to regroup pupils and re-teach a common misconception, and the re-test showed the gap closing." },
        { p in "A joint observation with the \(p.lead), pupil voice from a small group in \(p.classes) and a book scrutiny. Pupils "
            + "describe lessons as calm and well organised; feedback in books is regular and pupils respond to it." },
        { p in "An observed lesson during assessment week, \(p.name)'s medium-term plan for \(p.subject) and the notes of mentor "
            + "meetings with \(p.mentor). Clear progress since the last review in pacing and in checking understanding before moving on." },
    ]

    static let assessmentEvidence: [Text] = [
        { p in "Evidence across the assessment period: nine observed lessons (mentor, tutor and one joint with the headteacher), the "
            + "termly progress reviews, pupils' books from \(p.classes), assessment data and \(p.name)'s ECF reflections. Expectations "
            + "are high and lessons well structured; pupils make good progress in \(p.subject). Professional conduct, attendance and "
            + "punctuality have been exemplary throughout." },
        { p in "Drawn from the progress reviews, observation records, the \(p.lead)'s moderation of \(p.subject) work, parents' "
            + "feedback and \(p.name)'s professional development log. Behaviour routines are consistent and assessment is used "
            + "accurately to plan next steps. \(p.name) contributes to the wider life of the school and works well with colleagues." },
        { p in "Observations by \(p.mentor) and the induction tutor, a review of \(p.classes)' books and data over three terms, and "
            + "\(p.name)'s own evaluation against the Teachers' Standards. Strong subject knowledge in \(p.subject), good relationships "
            + "with pupils and a reflective, professional approach to feedback." },
    ]

    static let comments: [Text] = [
        { p in "I agree with the targets. \(p.mentor)'s feedback has really helped my planning, and I would like to observe a "
            + "colleague teaching \(p.subject) next term." },
        { _ in "The joint observation was useful. I know questioning is my next step and I have started using mini-whiteboards every lesson." },
        { _ in "Thank you for the support this term. I would like protected time for ECF self-study: assessment week was a heavy load." },
        { p in "I am pleased with how \(p.classes) have settled. I agree adaptive teaching is my focus and I have booked onto the SEND network session." },
        { _ in "This is a fair summary. I would welcome the chance to lead part of a staff briefing on what I have learnt this year." },
        { _ in "I agree with this summary and feel well supported. My priority now is stretching the most able pupils." },
    ]

    static let assessmentReturnReason = "The evidence summary does not show how the judgements against TS5 and TS6 were reached: "
        + "please name the observations, books or assessment data they rest on. Target 2 also needs a date by which success will be seen."

    static let returnReasons = [
        "Target 2's success criteria are not measurable: please say what will be seen, and by when, so the next review can judge it. "
            + "The evidence summary should also name the lessons or work it draws on.",
        "The notes against the standards do not say what progress has been made since the last review. Please add how the ECT "
            + "has moved on, and make sure each target names the standard it serves.",
    ]
}
