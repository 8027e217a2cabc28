import SQLite
import Security

/// `induct demo`, issue 9 item 14: every demo ECT gets a report for each review or assessment its
/// calendar has already held, written, signed and decided through the real verbs by the demo people
/// themselves. Older reports are accepted; each ECT's latest is left in the state `plans` names, so
/// the caseload holds every `ReportState`, a formal assessment signed by three people and one ECT on
/// the at-risk list. Run after `SeedDemoData` and `SeedDemoAccounts`, outside any transaction
/// (signing checks the password before its own). Idempotent: an ECT with any report is left as it is.
public struct SeedDemoReports: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Where each ECT's latest report is left, and whether it says they are not on track.
    struct Plan {
        let latest: ReportState
        var concern = false
    }

    static let plans: [String: Plan] = [
        "3012456": Plan(latest: .submitted), // Amelia Hartley: her head is also her tutor, so signs twice
        "3012457": Plan(latest: .returned),
        "3012458": Plan(latest: .submitted, concern: true), // Priya Chauhan: not on track, at risk
        "3021784": Plan(latest: .accepted), // Fatima Begum: first formal assessment, three signers
        "3021785": Plan(latest: .awaitingSignatures),
        "3021787": Plan(latest: .shared),
        "3034410": Plan(latest: .draft),
        "3034411": Plan(latest: .accepted),
    ]

    /// The people who act on one ECT's reports.
    struct Cast {
        let ectID: Int
        let tutor: Author
        let head: Author
        let ect: Author
        let officer: Author
        let items: [DueItem]
    }

    /// How many reports it started (0 on a second run).
    /// How many reports it started (0 on a second run). Refuses `.wrongConfirmation`, before writing
    /// anything, when `password` is not the demo accounts' (a database seeded with another).
    @discardableResult
    public func seed(password: String) throws -> Int {
        var casts: [(cast: Cast, plan: Plan, profile: DemoReportTexts.Profile)] = []
        for (ordinal, (school, demoECT)) in DemoData.schools.flatMap({ school in school.ects.map { (school, $0) } }).enumerated() {
            guard let cast = try cast(demoECT, school: school) else { continue }
            casts.append((cast, Self.plans[demoECT.trn] ?? Plan(latest: .accepted),
                          DemoReportTexts.profile(demoECT, school: school, ordinal: ordinal)))
        }
        if let first = casts.first, try !holds(password, for: first.cast.tutor) { throw ReportRefusal.wrongConfirmation }
        var made = 0
        for (cast, plan, profile) in casts {
            for (index, item) in cast.items.enumerated() {
                let latest = index == cast.items.count - 1
                try write(item, to: latest ? plan.latest : .accepted, concern: latest && plan.concern,
                          texts: DemoReportTexts(profile: profile, item: item, index: index), cast: cast, password: password)
                made += 1
            }
        }
        return made
    }

    private func holds(_ password: String, for author: Author) throws -> Bool {
        let hash = try store.database.read {
            try $0.queryOne("SELECT password_hash FROM users WHERE id = ?", [author.userID])?.optionalString("password_hash")
        }
        return hash.map { PasswordHasher.verify(password, against: $0) } ?? false
    }

    /// Nil when the ECT already has a report, has no tutor or period yet, or a person is missing.
    private func cast(_ demoECT: DemoData.DemoECT, school: DemoData.DemoSchool) throws -> Cast? {
        let today = store.time.today
        return try store.database.read { c -> Cast? in
            guard let ectID = try c.scalarInt("SELECT id FROM ects WHERE trn = ?", [demoECT.trn]),
                  try c.scalarInt("SELECT count(*) FROM reports WHERE ect_id = ?", [ectID]) == 0,
                  let record = try ECTRecordLoader().load(ectID: ectID, c), record.period != nil,
                  let calendar = try? TermCalendar.compute(record.calendarInput),
                  let tutorEmail = try c.queryOne("""
                      SELECT u.email FROM staff_assignments a JOIN users u ON u.id = a.user_id
                      WHERE a.ect_id = ? AND a.school_id = ? AND a.role = 'tutor' AND a.to_date IS NULL ORDER BY a.id DESC LIMIT 1
                      """, [ectID, record.ect.schoolID])?.string("email"),
                  let tutor = try person(tutorEmail, as: .inductionTutor, c),
                  let head = try person("headteacher@\(school.urn).schools.example", as: .headteacher, c),
                  let ect = try person(Self.email(of: demoECT, at: school), as: .ect, c),
                  let officer = try person("ab-officer@pennine.example", as: .abOfficer, c)
            else { return nil }
            let items = calendar.dueItems.filter { $0.date <= today }
            guard !items.isEmpty else { return nil }
            return Cast(ectID: ectID, tutor: tutor, head: head, ect: ect, officer: officer, items: items)
        }
    }

    /// The ECT's demo sign-in, as `DemoAccountData.ects` makes it.
    static func email(of ect: DemoData.DemoECT, at school: DemoData.DemoSchool) -> String {
        "\(DemoAccountData.fold(ect.firstName)).\(DemoAccountData.fold(ect.lastName))@\(school.urn).schools.example"
    }

    private func person(_ email: String, as role: Role, _ c: Connection) throws -> Author? {
        guard let row = try c.queryOne("SELECT id, name FROM users WHERE lower(email) = lower(?) AND active = 1", [email]) else { return nil }
        return Author(userID: try row.int("id"), name: try row.string("name"), role: role, clientAddress: "")
    }

    /// One report, by the real verbs, up to `state`.
    private func write(_ item: DueItem, to state: ReportState, concern: Bool, texts: DemoReportTexts, cast: Cast,
                       password: String) throws {
        let reportID = try StartReport(store: store).start(ectID: cast.ectID, kind: item.kind, termNumber: item.forTermNumber,
                                                           author: cast.tutor)
        guard let report = try store.database.read({ try ReportRows.load(reportID, $0) }) else { return }
        let fields = texts.fields(for: report, concern: concern)
        if state == .draft {
            try SaveReport(store: store).save(reportID: reportID, fields: texts.draft(of: fields), basedOn: report.version, author: cast.tutor)
            return
        }
        try SaveReport(store: store).save(reportID: reportID, fields: fields, basedOn: report.version, author: cast.tutor)
        try ShareReport(store: store).share(reportID: reportID, author: cast.tutor)
        guard state != .shared else { return }
        try CommentOnReport(store: store).comment(reportID: reportID, comments: texts.ectComment(concern: concern),
                                                  basedOn: report.version + 1, author: cast.ect)
        let sign = SignReport(store: store)
        let confirmation = SignerConfirmation.password(password, sessionToken: nil)
        try sign.sign(reportID: reportID, as: .tutor, confirmation: confirmation, author: cast.tutor)
        if item.kind.isFormalAssessment {
            try sign.sign(reportID: reportID, as: .headteacher, confirmation: confirmation, author: cast.head)
        }
        guard state != .awaitingSignatures else { return }
        try sign.sign(reportID: reportID, as: .ect, confirmation: confirmation, author: cast.ect)
        try SubmitReport(store: store).submit(reportID: reportID, author: cast.tutor)
        switch state {
        case .returned:
            try ReturnReport(store: store).returnForAmendment(reportID: reportID, reasons: texts.returnReason,
                                                                                author: cast.officer)
        case .accepted:
            try AcceptReport(store: store).accept(reportID: reportID, author: cast.officer)
        default:
            break
        }
    }
}
