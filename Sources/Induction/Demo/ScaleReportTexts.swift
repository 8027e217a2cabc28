/// A second paragraph of evidence for the scale reports, so each review runs to a few hundred words
/// as real ones do (the small demo's texts are shorter). Picked by the ECT's seeded generator.
enum ScaleReportTexts {
    static func moreEvidence(_ p: DemoReportTexts.Profile, _ random: inout ScaleRandom) -> String {
        let opening = random.pick(openings)(p)
        let middle = random.pick(middles)(p)
        return opening + " " + middle + " " + random.pick(closings)(p)
    }

    private typealias Text = @Sendable (DemoReportTexts.Profile) -> String

    private static let openings: [Text] = [
        { p in "Since the last review \(p.name) has taught \(p.classes) for most of the timetable and has taken on a share of the "
            + "department's assessment. Mentor meetings with \(p.mentor) have taken place every week, with notes agreed and filed, "
            + "and the agreed instructional coaching steps have been followed through into the next lesson." },
        { p in "The evidence for this review was gathered over the whole term rather than from one lesson: drop-ins by \(p.mentor) "
            + "and the induction tutor, a sample of books from \(p.classes), the \(p.lead)'s moderation notes and \(p.name)'s own "
            + "reflective log, which is detailed and honest about what did not go to plan." },
        { p in "\(p.name) has engaged fully with the early career framework sessions this term, completing the self-study on "
            + "assessment and adaptive teaching and bringing examples from \(p.classes) to discuss with \(p.mentor)." },
    ]

    private static let middles: [Text] = [
        { p in "In the lessons observed the purpose of each task was explained clearly, new vocabulary in \(p.subject) was introduced "
            + "and rehearsed, and pupils were asked to explain their reasoning rather than give one-word answers. Where pupils were "
            + "stuck, \(p.name) used a worked example before asking them to try again, and checked the room before moving on. The "
            + "next step is to plan the questions in advance so that the whole class, not only the confident pupils, is checked." },
        { p in "Books show a clear sequence through the unit with regular retrieval at the start of lessons. Feedback follows the "
            + "school's policy and pupils respond to it in green pen; the quality of their corrections has improved over the term. "
            + "Some pupils in \(p.classes) still rush the extended task, and \(p.name) has begun modelling a good answer before they start." },
        { p in "Behaviour in \(p.classes) is generally calm: routines for entry and for handing out equipment are established and "
            + "pupils know what is expected. On the two occasions low-level disruption was seen, \(p.name) used the school's "
            + "warning steps calmly and the lesson recovered quickly. Relationships with pupils are warm and professional." },
        { p in "Assessment information is used well: after the mid-unit check \(p.name) regrouped pupils, re-taught the concept most "
            + "had missed and set a short follow-up task that showed most of them had closed the gap. Pupils with SEND are known "
            + "individually and their support plans are reflected in the resources prepared for \(p.subject)." },
    ]

    private static let closings: [Text] = [
        { p in "\(p.name) is punctual, well prepared and contributes to team planning; attendance this term has been good." },
        { p in "Colleagues describe \(p.name) as reliable and open to feedback, and parents' comments at the consultation evening were positive." },
        { p in "The targets below were agreed at the review meeting with \(p.mentor) and the induction tutor, and \(p.name) contributed to them." },
    ]
}
