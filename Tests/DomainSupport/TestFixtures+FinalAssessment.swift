import Foundation
import Induction
import SQLite

extension TestFixtures {
    /// Fatima Begum's (TRN 3021784, Holme Moss) final formal assessment, complete with the
    /// headteacher's `recommendation`, signed by tutor, headteacher and ECT, submitted and accepted
    /// by the AB officer. Returns the report's id.
    @discardableResult
    public static func makeAcceptedFinalAssessment(_ database: Database, time: any TimeSource = fixedTime,
                                                   recommendation: String = "satisfactory") throws -> Int {
        let store = InductionStore(database: database, time: time)
        func person(_ email: String, _ role: Role) throws -> Author {
            guard let row = try database.read({ try $0.queryOne("SELECT id, name FROM users WHERE email = ?", [email]) }) else {
                throw TestFixturesError.missing(email)
            }
            return Author(userID: try row.int("id"), name: try row.string("name"), role: role, clientAddress: "127.0.0.1")
        }
        let tutor = try person("induction-tutor@138204.schools.example", .inductionTutor)
        guard let fatima = try database.read({ try $0.scalarInt("SELECT id FROM ects WHERE trn = '3021784'") }) else {
            throw TestFixturesError.missing("TRN 3021784")
        }
        let id = try StartReport(store: store).start(ectID: fatima, kind: .finalFormalAssessment, termNumber: 6, author: tutor)
        var fields = ["meeting-date": "2027-07-09", "evidence": "Two years of observations, planning and pupil work.",
                      "recommendation": recommendation]
        for standard in TeachersStandard.all { fields["judgement-\(standard.fieldKey)"] = "meeting" }
        try SaveReport(store: store).save(reportID: id, fields: fields, basedOn: 1, author: tutor)
        try ShareReport(store: store).share(reportID: id, author: tutor)
        for (role, author) in [(SignerRole.tutor, tutor), (.headteacher, try person("headteacher@138204.schools.example", .headteacher)),
                               (.ect, try person("fatima.begum@138204.schools.example", .ect))] {
            try SignReport(store: store).sign(reportID: id, as: role, confirmation: .password(demoPassword, sessionToken: nil), author: author)
        }
        try SubmitReport(store: store).submit(reportID: id, author: tutor)
        try AcceptReport(store: store).accept(reportID: id, author: try person("ab-officer@pennine.example", .abOfficer))
        return id
    }
}

/// A demo row a factory needed and did not find.
public enum TestFixturesError: Error {
    case missing(String)
}
