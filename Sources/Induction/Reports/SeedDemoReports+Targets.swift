/// The demo reports' targets and notes against the standards, and the words of the one review
/// that says the ECT is not on track.
extension DemoReportTexts {
    struct Target: Sendable {
        let text: Text
        let standards: String
        let success: Text
    }

    static let targets: [Target] = [
        Target(text: { _ in "Use cold calling and no-opt-out to check the understanding of every pupil, not only volunteers" },
               standards: "TS2 TS6",
               success: { _ in "In two observations before the next review most questions go to named pupils and misconceptions are picked up in the lesson" }),
        Target(text: { p in "Adapt tasks for pupils with SEND in \(p.classes) so they reach the same core content" }, standards: "TS5",
               success: { _ in "Plans name the adaptations for each pupil; the half-term book look shows those pupils completing the core task" }),
        Target(text: { _ in "Tighten transitions between parts of the lesson to protect time for independent practice" }, standards: "TS4 TS7",
               success: { _ in "Observed lessons give at least 15 minutes to independent practice, with transitions under a minute" }),
        Target(text: { _ in "Use the end-of-unit check to plan re-teaching of what pupils have not yet grasped" }, standards: "TS6 TS2",
               success: { p in "A re-teaching lesson planned from the check and discussed with \(p.mentor), with the re-test showing most pupils closing the gap" }),
        Target(text: { p in "Deepen subject knowledge for the next \(p.subject) unit through the school's curriculum materials" }, standards: "TS3",
               success: { p in "Planning anticipates the unit's common misconceptions, and \(p.name) leads a ten-minute slot at a team meeting on them" }),
        Target(text: { p in "Apply the behaviour policy consistently with \(p.classes), using the agreed warning and reset steps" },
               standards: "TS7 TS1",
               success: { _ in "Fewer than two behaviour logs a week by the next review, and an unannounced drop-in sees routines followed unprompted" }),
        Target(text: { _ in "Build structured talk into lessons with sentence stems and think-pair-share" }, standards: "TS3 TS5",
               success: { _ in "Pupils answer in full sentences using subject vocabulary in observed lessons, and pupil voice shows they know the routine" }),
        Target(text: { _ in "Set weekly homework that retrieves earlier content" }, standards: "TS4 TS2",
               success: { _ in "Retrieval homework set for a half term with completion above 85% and low-stakes quiz scores rising" }),
        Target(text: { _ in "Contact the parents of pupils identified as falling behind at the data drop" }, standards: "TS8",
               success: { _ in "The contact log shows a call or meeting with each family within a fortnight, followed up at the next data drop" }),
        Target(text: { _ in "Stretch the most able with challenge that deepens the task rather than adds more of it" }, standards: "TS1 TS5",
               success: { _ in "The book look shows the most able attempting the challenge in most lessons, with work of greater depth" }),
    ]

    /// Two notes for each of TS1–TS8, by field key.
    static let notes: [String: [Text]] = [
        "ts1": [{ p in "Expectations are explicit and modelled: pupils in \(p.classes) know what excellent work looks like." },
                { _ in "Challenge is well pitched for most pupils; stretch tasks are there but not yet routinely taken up." }],
        "ts2": [{ p in "\(p.name) knows which pupils are behind and why, and pupils reflect on their progress at the end of each sequence." },
                { _ in "Prior knowledge is checked at the start of each unit and plans adjusted; pupils with low starting points progress well." }],
        "ts3": [{ p in "Secure subject knowledge in \(p.subject): explanations are accurate and misconceptions anticipated in planning." },
                { _ in "Subject vocabulary is taught explicitly and used well by pupils in their answers." }],
        "ts4": [{ _ in "Lessons are well structured with clear transitions; little time is lost at the start." },
                { p in "\(p.name) reflects honestly on what worked in mentor meetings and changes the next lesson as a result." }],
        "ts5": [{ _ in "Adaptive teaching is developing: scaffolds for pupils with SEND, pre-taught vocabulary for pupils with EAL." },
                { _ in "Teaching assistants are briefed before lessons; the next step is to fade scaffolds so pupils work independently." }],
        "ts6": [{ _ in "Hinge questions and mini-whiteboards check understanding; feedback in books is timely and acted on." },
                { _ in "Assessment results are used to regroup pupils and plan re-teaching; marking follows the school's policy." }],
        "ts7": [{ _ in "Routines for entry, transitions and dismissal are consistent; the behaviour policy is applied calmly and fairly." },
                { _ in "Low-level disruption is dealt with quickly and without fuss; praise is specific and well used." }],
        "ts8": [{ p in "Works closely with \(p.mentor), attends team meetings and contributed well to the last parents' evening." },
                { _ in "Responds promptly to feedback and communicates clearly with parents about their children's progress." }],
    ]

    static func concernEvidence(_ p: Profile) -> String {
        "Three observations of \(p.classes) (two by \(p.mentor), one by the induction tutor), the class's behaviour log for the term and "
            + "the mentor meeting notes. Behaviour in afternoon lessons remains a serious barrier to learning: observed lessons lost up to "
            + "ten minutes to low-level disruption, and pupils' books show unfinished work in \(p.subject). Planning itself is sound."
    }

    static let concernNotes: [String: Text] = [
        "ts7": { _ in "Routines are not yet consistent: the behaviour policy's steps are not applied in order and pupils test the boundaries." },
        "ts4": { _ in "Lessons are planned carefully, but pacing breaks down when behaviour slips and independent practice is often cut." },
        "ts8": { p in "\(p.name) is open about the difficulties, asks for help and has attended every ECF session." },
    ]

    static let concernTargets: [Target] = [
        Target(text: { p in "Establish and hold the entry, attention-signal and transition routines with \(p.classes)" }, standards: "TS7",
               success: { _ in "Lessons start within three minutes in four of five drop-ins, and behaviour logs halve by half term" }),
        Target(text: { _ in "Protect independent practice by planning a short, timed task after each explanation" }, standards: "TS4 TS2",
               success: { _ in "Books show the independent task completed by most pupils in most lessons at the next book look" }),
    ]

    static func supportPlan(_ p: Profile) -> String {
        "Agreed with \(p.name) at the review meeting: weekly coaching with \(p.mentor) on behaviour routines using the ECF materials "
            + "on TS7; fortnightly drop-ins by the induction tutor with written feedback; a morning observing an experienced colleague's "
            + "\(p.classes) class; the deputy headteacher to model the behaviour policy's steps in one lesson. Reviewed every two weeks, "
            + "with an update to the appropriate body at half term."
    }

    static func concernComment(_ p: Profile) -> String {
        "I know behaviour has been hard with my class this term. I agree with the support plan and the coaching with \(p.mentor), "
            + "and I would like to visit another \(p.classes) class as soon as it can be arranged."
    }
}
