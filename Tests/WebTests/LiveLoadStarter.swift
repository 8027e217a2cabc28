import Foundation
import InductTestSupport
import SQLite
import XCTest

/// Sets the write load going against a demo database: each school's headteacher records absences
/// for the first of its ECTs that takes one, and Priya Chauhan's tutor saves a progress review
/// draft while signing another, shared one. Each client's first write happens here, so a load
/// that cannot write fails at once.
struct LiveLoadStarter {
    let load: LiveWriteLoad
    let database: String
    let accountsCSV: String

    struct Failure: Error, CustomStringConvertible { let description: String }

    func start() throws {
        let rows = try String(contentsOfFile: accountsCSV, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let headteachers = rows.filter { $0.first == "headteacher" }
        guard headteachers.count >= 2 else { throw Failure(description: "no headteachers in \(accountsCSV)") }
        let connection = try Connection(path: database, readOnly: true)
        for (index, row) in headteachers.enumerated() {
            let client = makeClient()
            guard client.signIn(email: row[1], password: row[3]) else { throw Failure(description: "\(row[1]) cannot sign in") }
            let ects = try connection.query("SELECT e.id FROM ects e JOIN schools s ON s.id = e.school_id WHERE s.urn = ? ORDER BY e.id",
                                            [row[2]]).map { try $0.int("id") }
            let firstDay = index * 1000
            guard let ect = ects.first(where: { load.recordAbsence(client, ectID: $0, start: LiveWriteLoad.day(firstDay, ect: $0)) }) else {
                throw Failure(description: "\(row[1]) could record no absence")
            }
            load.startAbsences(client, ectID: ect, firstDay: firstDay + 1)
        }
        try startReportSaves(connection)
    }

    private func startReportSaves(_ connection: Connection) throws {
        let tutor = makeClient()
        guard tutor.signIn(email: tutorEmail, password: password) else {
            throw Failure(description: "the tutor cannot sign in")
        }
        guard let priya = try connection.scalarInt("SELECT id FROM ects WHERE trn = '3012458'") else { throw Failure(description: "no Priya") }
        var saving: Int?
        for term in 1...6 {
            guard let csrf = tutor.fields(of: "/ects/\(priya)")?.csrf,
                  let started = tutor.send("POST", "/ects/\(priya)/reports", form: [("_csrf", csrf), ("kind", "progress-review"), ("term", "\(term)")]),
                  started.status == 303, let path = LiveFormClient.location(started), path.hasPrefix("/reports/"),
                  let reportID = Int(path.dropFirst("/reports/".count)) else { continue }
            guard load.saveReport(tutor, path: path, reportID: reportID, number: 1, more: complete) else { continue }
            if saving == nil {
                saving = reportID
                load.startReportSaves(tutor, path: path, reportID: reportID, firstNumber: 2)
            } else {
                guard let fields = tutor.fields(of: path), let version = fields.version,
                      let shared = tutor.send("POST", "\(path)/share", form: [("_csrf", fields.csrf), ("version", version)]),
                      LiveFormClient.location(shared)?.contains("done=shared") == true else { throw Failure(description: "cannot share \(path)") }
                let signer = makeClient()
                guard signer.signIn(email: tutorEmail, password: password) else { throw Failure(description: "the tutor cannot sign in twice") }
                load.startSigning(signer, path: path, reportID: reportID, password: password, after: 2)
                return
            }
        }
        throw Failure(description: "the tutor could not save two progress reviews")
    }

    /// Enough for a progress review to be signed.
    private let complete = [("notes-ts4", "Well structured."), ("target-1-text", "Check understanding with hinge questions"),
                            ("target-1-standards", "TS2, TS6"), ("target-1-success", "Seen in two observations by February")]
    private let tutorEmail = "david.greenwood@107512.schools.example"
    private let password = "induct-demo-2026"

    private func makeClient() -> LiveFormClient {
        LiveFormClient { [load] in load.port.load(ordering: .relaxed) }
    }
}
