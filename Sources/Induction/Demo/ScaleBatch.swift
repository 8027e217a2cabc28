import SQLite

/// One transaction's worth of scale schools: each school, its staff accounts (a headteacher, an
/// induction tutor and two mentors), its ECTs with their accounts, induction periods, tutor and
/// mentor assignments, and their reports (`ScaleReportWriter`).
struct ScaleBatch {
    let bodyID: Int
    let passwordHash: String
    let stamp: String
    let totalECTs: Int
    let connection: Connection
    private(set) var firstSchoolID: Int?
    private var questions: [DueItemKind: String] = [:]

    init(bodyID: Int, passwordHash: String, stamp: String, totalECTs: Int, connection: Connection) {
        self.bodyID = bodyID
        self.passwordHash = passwordHash
        self.stamp = stamp
        self.totalECTs = totalECTs
        self.connection = connection
    }

    struct Staff {
        let headteacher: ScalePerson
        let tutor: ScalePerson
        let mentors: [ScalePerson]
        /// Who moderates the ECT's work in the report texts: "phase leader" at a primary school.
        let lead: String
    }

    mutating func writeSchool(_ index: Int, calendars: inout ScaleCalendars, summary: inout ScaleSeedSummary) throws {
        var random = ScaleRandom(seed: 0x5C41_E000_0000_0000 ^ UInt64(index))
        let urn = SeedScaleData.urn(ofSchool: index)
        let kind = random.pick(ScaleNames.schoolKinds)
        try connection.run(
            "INSERT INTO schools (appropriate_body_id, urn, name, local_authority, phase, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [bodyID, urn, "\(random.pick(ScaleNames.places)) \(kind.name)", random.pick(ScaleNames.localAuthorities), kind.phase, stamp])
        let schoolID = Int(connection.lastInsertRowID)
        if firstSchoolID == nil { firstSchoolID = schoolID }
        let staff = Staff(
            headteacher: try person(&random, email: "headteacher@\(urn).scale.example", roles: [.headteacher], schoolID: schoolID),
            tutor: try person(&random, email: "induction-tutor@\(urn).scale.example", roles: [.inductionTutor], schoolID: schoolID),
            mentors: [try person(&random, email: "mentor@\(urn).scale.example", roles: [.mentor], schoolID: schoolID),
                      try person(&random, email: "mentor-2@\(urn).scale.example", roles: [.mentor], schoolID: schoolID)],
            lead: kind.phase == "primary" ? "phase leader" : "head of department")
        if summary.firstSchoolURN.isEmpty {
            summary.firstSchoolURN = urn
            summary.headteacherEmail = staff.headteacher.email
            summary.tutorEmail = staff.tutor.email
        }
        summary.schools += 1
        summary.accounts += 4
        let firstECT = index * SeedScaleData.ectsPerSchool
        for ect in firstECT..<min(firstECT + SeedScaleData.ectsPerSchool, totalECTs) {
            try writeECT(ect, schoolID: schoolID, urn: urn, staff: staff, calendars: &calendars, summary: &summary)
        }
    }

    private mutating func writeECT(_ index: Int, schoolID: Int, urn: String, staff: Staff, calendars: inout ScaleCalendars,
                                   summary: inout ScaleSeedSummary) throws {
        var random = ScaleRandom(seed: 0xEC7_0000_0000_0000 ^ UInt64(index))
        let cohort = random.weighted(ScaleCohort.all.map { ($0, $0.weight) })
        let first = random.pick(ScaleNames.firstNames)
        let last = random.pick(ScaleNames.lastNames)
        let trn = String(SeedScaleData.firstTRN + index)
        let mentor = staff.mentors[index % staff.mentors.count]
        let born = "\(1990 + random.below(13))-0\(1 + random.below(9))-\(10 + random.below(18))"
        let programme = random.below(4) == 0 ? TrainingProgramme.schoolLed : .providerLed
        try connection.run("""
            INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, mentor_name,
                              date_of_birth, training_programme, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [schoolID, first, last, trn, cohort.start, cohort.ftePercent, staff.tutor.name, mentor.name, born, programme.rawValue, stamp])
        let ectID = Int(connection.lastInsertRowID)
        try connection.run("""
            INSERT INTO induction_periods (ect_id, school_id, start_date, status, tutor_user_id, mentor_user_id, created_at)
            VALUES (?, ?, ?, 'confirmed', ?, ?, ?)
            """, [ectID, schoolID, cohort.start, staff.tutor.userID, mentor.userID, stamp])
        let periodID = Int(connection.lastInsertRowID)
        for (role, person) in [(AssignmentRole.tutor, staff.tutor), (.mentor, mentor)] {
            try connection.run(
                "INSERT INTO staff_assignments (ect_id, school_id, user_id, role, from_date, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [ectID, schoolID, person.userID, role.rawValue, cohort.start, stamp])
        }
        let email = "\(DemoAccountData.fold(first)).\(DemoAccountData.fold(last)).\(trn)@\(urn).scale.example"
        let account = try insertUser(name: "\(first) \(last)", email: email)
        try connection.run("INSERT INTO role_grants (user_id, role, school_id, ect_id, created_at) VALUES (?, 'ect', ?, ?, ?)",
                           [account, schoolID, ectID, stamp])
        summary.ects += 1
        summary.accounts += 1
        let teaching = random.pick(ScaleNames.teaching)
        let profile = DemoReportTexts.Profile(name: first, mentor: mentor.name, subject: teaching.subject, classes: teaching.classes,
                                              lead: staff.lead, ordinal: index)
        let cast = ScaleReportWriter.Cast(ectID: ectID, schoolID: schoolID, periodID: periodID, profile: profile,
                                          tutor: staff.tutor, headteacher: staff.headteacher,
                                          ect: ScalePerson(userID: account, name: "\(first) \(last)", email: email))
        let writer = ScaleReportWriter(stamp: stamp, connection: connection)
        let items = calendars.dueSoFar(cohort)
        for (position, item) in items.enumerated() {
            let latest = position == items.count - 1
            let state = latest ? random.weighted(ScaleCohort.latestStates) : .accepted
            let concern = latest && random.below(12) == 0
            try writer.write(item, index: position, state: state, concern: concern, questions: try questions(for: item.kind),
                             cast: cast, random: &random)
            summary.reports += 1
            summary.reportsByState[state, default: 0] += 1
        }
    }

    private mutating func questions(for kind: DueItemKind) throws -> String {
        if let snapshot = questions[kind] { return snapshot }
        let snapshot = try ReportQuestionSet.snapshot(kind: kind, connection)
        questions[kind] = snapshot
        return snapshot
    }

    private func person(_ random: inout ScaleRandom, email: String, roles: [Role], schoolID: Int) throws -> ScalePerson {
        let name = "\(random.pick(ScaleNames.firstNames)) \(random.pick(ScaleNames.lastNames))"
        let userID = try insertUser(name: name, email: email)
        for role in roles {
            try connection.run("INSERT INTO role_grants (user_id, role, school_id, created_at) VALUES (?, ?, ?, ?)",
                               [userID, role.rawValue, schoolID, stamp])
        }
        return ScalePerson(userID: userID, name: name, email: email)
    }

    private func insertUser(name: String, email: String) throws -> Int {
        try connection.run("INSERT INTO users (name, email, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)",
                           [name, email, passwordHash, stamp, stamp])
        return Int(connection.lastInsertRowID)
    }
}
