import Foundation
import InductTestSupport
import SQLite
import XCTest

/// Sets the write load going against a demo database: each school's headteacher records absences
/// for the first of its ECTs that takes one, and Priya Chauhan's tutor saves a progress review
/// draft. Each client's first write happens here, so a load that cannot write fails at once.
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
        guard tutor.signIn(email: "david.greenwood@107512.schools.example", password: "induct-demo-2026") else {
            throw Failure(description: "the tutor cannot sign in")
        }
        guard let priya = try connection.scalarInt("SELECT id FROM ects WHERE trn = '3012458'") else { throw Failure(description: "no Priya") }
        for term in 1...6 {
            guard let csrf = tutor.fields(of: "/ects/\(priya)")?.csrf,
                  let started = tutor.send("POST", "/ects/\(priya)/reports", form: [("_csrf", csrf), ("kind", "progress-review"), ("term", "\(term)")]),
                  started.status == 303, let path = LiveFormClient.location(started), path.hasPrefix("/reports/"),
                  let reportID = Int(path.dropFirst("/reports/".count)) else { continue }
            if load.saveReport(tutor, path: path, reportID: reportID, number: 1) {
                load.startReportSaves(tutor, path: path, reportID: reportID, firstNumber: 2)
                return
            }
        }
        throw Failure(description: "the tutor could save no progress review")
    }

    private func makeClient() -> LiveFormClient {
        LiveFormClient { [load] in load.port.load(ordering: .relaxed) }
    }
}
