import Foundation
import Induction
import InductTestSupport
import XCTest

/// The steps of a report that browser journeys share: signing with the password when asked, and a
/// final assessment signed by Fatima Begum and her headteacher and submitted by her tutor.
extension BrowserSession {
    static let holmeMossTutor = "induction-tutor@138204.schools.example"

    func sign(_ path: String, as role: SignerRole, file: StaticString = #filePath, line: UInt = #line) throws {
        try driver.click(selector: "#role-\(role.rawValue)")
        // The password is asked unless this person confirmed it in the last 10 minutes.
        let asked = try driver.execute("return document.querySelector('#password') !== null") as? Bool
        if asked == true { try driver.fill("#password", with: TestEnvironment.demoPassword) }
        XCTAssertEqual(try follow("form[action='\(path)/sign'] button[type=submit]"), "\(path)?done=signed", file: file, line: line)
    }

    /// Fatima Begum and her headteacher sign in turn, then her tutor submits.
    func theECTAndTheHeadSignAndTheTutorSubmits(_ path: String) throws {
        for (email, role) in [("fatima.begum@138204.schools.example", SignerRole.ect), ("headteacher@138204.schools.example", .headteacher)] {
            _ = try signIn(email)
            try open(path)
            try sign(path, as: role)
            try signOut()
        }
        _ = try signIn(Self.holmeMossTutor)
        try open(path)
        XCTAssertEqual(try follow("form[action='\(path)/submit'] button[type=submit]"), "\(path)?done=submitted")
        try signOut()
    }

    /// The report the ECT's tutor starts from the record (the start itself is a one-click form).
    func started(trn: String, kind: DueItemKind, term: Int, tutorEmail: String,
                 time: any TimeSource = TestEnvironment.fixedTime) throws -> Int {
        let records = DemoRecords(application.database)
        let ect = try records.count("SELECT id FROM ects WHERE trn = ?", [trn])
        let user = try records.userID(email: tutorEmail)
        let name = try application.database.read { try $0.queryOne("SELECT name FROM users WHERE id = ?", [user])?.string("name") }
        return try StartReport(store: InductionStore(database: application.database, time: time)).start(ectID: ect, kind: kind, termNumber: term,
                                                               author: Author(userID: user, name: name ?? "", role: .inductionTutor,
                                                                              clientAddress: "127.0.0.1"))
    }

    /// Fills Fatima's final assessment: the meeting on 9 July 2027, every standard met, a pass recommended.
    func fillFinalAssessment(_ path: String) throws {
        try driver.fill("#meeting-date-day", with: "9")
        try driver.fill("#meeting-date-month", with: "7")
        try driver.fill("#meeting-date-year", with: "2027")
        for standard in ["ts1", "ts2", "ts3", "ts4", "ts5", "ts6", "ts7", "ts8", "part-two"] {
            try driver.click(selector: "#judgement-\(standard)-1")
        }
        try driver.fill("#evidence", with: "Two years of observations, planning and pupil work.")
        try driver.click(selector: "#recommendation-1")
        XCTAssertEqual(try follow("form[action='\(path)'] button[type=submit]"), "\(path)?done=saved")
    }

    /// A file the page links to, fetched by the page itself (a download would leave the text out of reach).
    func fetchText(_ path: String) throws -> String {
        try driver.execute("""
            var request = new XMLHttpRequest(); request.open('GET', arguments[0], false); request.send(); return request.responseText;
            """, arguments: [path]) as? String ?? ""
    }
}
