// Generated from Data/teachers-standards.json; do not edit by hand.
// Regenerate when the JSON changes; TeachersStandardsTests asserts the two are identical.
extension TeachersStandard {
    public static let source = "Department for Education, Teachers' Standards (2011, introduction updated 2013 and 2021), public sector information licensed under the Open Government Licence v3.0"

    /// Part One, TS1 to TS8, each with its bullets.
    public static let partOne: [TeachersStandard] = [
        TeachersStandard(code: "TS1", title: "Set high expectations which inspire, motivate and challenge pupils", bullets: [
            "establish a safe and stimulating environment for pupils, rooted in mutual respect",
            "set goals that stretch and challenge pupils of all backgrounds, abilities and dispositions",
            "demonstrate consistently the positive attitudes, values and behaviour which are expected of pupils",
        ]),
        TeachersStandard(code: "TS2", title: "Promote good progress and outcomes by pupils", bullets: [
            "be accountable for pupils' attainment, progress and outcomes",
            "be aware of pupils' capabilities and their prior knowledge, and plan teaching to build on these",
            "guide pupils to reflect on the progress they have made and their emerging needs",
            "demonstrate knowledge and understanding of how pupils learn and how this impacts on teaching",
            "encourage pupils to take a responsible and conscientious attitude to their own work and study",
        ]),
        TeachersStandard(code: "TS3", title: "Demonstrate good subject and curriculum knowledge", bullets: [
            "have a secure knowledge of the relevant subject(s) and curriculum areas, foster and maintain pupils' interest in the subject, and address misunderstandings",
            "demonstrate a critical understanding of developments in the subject and curriculum areas, and promote the value of scholarship",
            "demonstrate an understanding of and take responsibility for promoting high standards of literacy, articulacy and the correct use of standard English, whatever the teacher's specialist subject",
            "if teaching early reading, demonstrate a clear understanding of systematic synthetic phonics",
            "if teaching early mathematics, demonstrate a clear understanding of appropriate teaching strategies",
        ]),
        TeachersStandard(code: "TS4", title: "Plan and teach well structured lessons", bullets: [
            "impart knowledge and develop understanding through effective use of lesson time",
            "promote a love of learning and children's intellectual curiosity",
            "set homework and plan other out-of-class activities to consolidate and extend the knowledge and understanding pupils have acquired",
            "reflect systematically on the effectiveness of lessons and approaches to teaching",
            "contribute to the design and provision of an engaging curriculum within the relevant subject area(s)",
        ]),
        TeachersStandard(code: "TS5", title: "Adapt teaching to respond to the strengths and needs of all pupils", bullets: [
            "know when and how to differentiate appropriately, using approaches which enable pupils to be taught effectively",
            "have a secure understanding of how a range of factors can inhibit pupils' ability to learn, and how best to overcome these",
            "demonstrate an awareness of the physical, social and intellectual development of children, and know how to adapt teaching to support pupils' education at different stages of development",
            "have a clear understanding of the needs of all pupils, including those with special educational needs; those of high ability; those with English as an additional language; those with disabilities; and be able to use and evaluate distinctive teaching approaches to engage and support them",
        ]),
        TeachersStandard(code: "TS6", title: "Make accurate and productive use of assessment", bullets: [
            "know and understand how to assess the relevant subject and curriculum areas, including statutory assessment requirements",
            "make use of formative and summative assessment to secure pupils' progress",
            "use relevant data to monitor progress, set targets, and plan subsequent lessons",
            "give pupils regular feedback, both orally and through accurate marking, and encourage pupils to respond to the feedback",
        ]),
        TeachersStandard(code: "TS7", title: "Manage behaviour effectively to ensure a good and safe learning environment", bullets: [
            "have clear rules and routines for behaviour in classrooms, and take responsibility for promoting good and courteous behaviour both in classrooms and around the school, in accordance with the school's behaviour policy",
            "have high expectations of behaviour, and establish a framework for discipline with a range of strategies, using praise, sanctions and rewards consistently and fairly",
            "manage classes effectively, using approaches which are appropriate to pupils' needs in order to involve and motivate them",
            "maintain good relationships with pupils, exercise appropriate authority, and act decisively when necessary",
        ]),
        TeachersStandard(code: "TS8", title: "Fulfil wider professional responsibilities", bullets: [
            "make a positive contribution to the wider life and ethos of the school",
            "develop effective professional relationships with colleagues, knowing how and when to draw on advice and specialist support",
            "deploy support staff effectively",
            "take responsibility for improving teaching through appropriate professional development, responding to advice and feedback from colleagues",
            "communicate effectively with parents with regard to pupils' achievements and well-being",
        ]),
    ]

    /// Part Two: each statement, then its bullets.
    public static let partTwo = TeachersStandard(code: "Part Two", title: "Personal and professional conduct", bullets: [
        "Teachers uphold public trust in the profession and maintain high standards of ethics and behaviour, within and outside school, by",
        "treating pupils with dignity, building relationships rooted in mutual respect, and at all times observing proper boundaries appropriate to a teacher's professional position",
        "having regard for the need to safeguard pupils' well-being, in accordance with statutory provisions",
        "showing tolerance of and respect for the rights of others",
        "not undermining fundamental British values, including democracy, the rule of law, individual liberty and mutual respect, and tolerance of those with different faiths and beliefs",
        "ensuring that personal beliefs are not expressed in ways which exploit pupils' vulnerability or might lead them to break the law",
        "Teachers must have proper and professional regard for the ethos, policies and practices of the school in which they teach, and maintain high standards in their own attendance and punctuality.",
        "Teachers must have an understanding of, and always act within, the statutory frameworks which set out their professional duties and responsibilities.",
    ])
}
