import Foundation
import InductTestSupport
import SQLite
import XCTest

/// The real `induct serve` on a demo database, killed with SIGKILL at random moments while clients
/// write; every write it acknowledged in full must survive, and the file must stay intact.
final class LiveCrashSafetyTests: XCTestCase {
    private var folder = ""
    private var database = ""
    private var server: InductProcess?
    private let load = LiveWriteLoad()

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "induct-crash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = folder + "/induct.sqlite"
        let seeded = try InductProcess.run(["demo", "--db", database, "--accounts-csv", folder + "/accounts.csv"])
        XCTAssertEqual(seeded.status, 0, seeded.output)
        try startServer()
    }

    override func tearDown() {
        load.stop()
        server?.terminate()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func startServer() throws {
        server = try InductProcess(serving: database)
        load.port.store(server!.port, ordering: .relaxed)
    }

    func testEveryAcknowledgedWriteSurvivesTwentyKills() throws {
        try LiveLoadStarter(load: load, database: database, accountsCSV: folder + "/accounts.csv").start()
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            Thread.sleep(forTimeInterval: Double.random(in: 0.3...0.9, using: &random))
            server?.kill()
            try startServer()
        }
        Thread.sleep(forTimeInterval: 0.3)
        load.stop()
        server?.kill()
        try assertAcknowledgedWritesAreIn(database, absences: load.absences, reportSaves: load.reportSaves)
        try assertSignaturesAreIn(database)
        print("20 kills: \(load.absences.count) absences, report saves \(load.reportSaves) and signatures \(load.signedReports)"
              + " acknowledged, all present")
        XCTAssertGreaterThan(load.absences.count, 20, "the clients wrote while the server was killed")
        XCTAssertFalse(load.reportSaves.isEmpty)
    }

    func testABackupTakenUnderLoadHoldsEverythingAcknowledgedBeforeItAndRestores() throws {
        try LiveLoadStarter(load: load, database: database, accountsCSV: folder + "/accounts.csv").start()
        Thread.sleep(forTimeInterval: 1.5)
        let absencesBefore = load.absences
        let savesBefore = load.reportSaves
        let copy = folder + "/copy.sqlite"
        let backup = try InductProcess.run(["backup", copy, "--db", database])
        XCTAssertEqual(backup.status, 0, backup.output)
        XCTAssertTrue(backup.output.contains("integrity_check ok"), backup.output)
        XCTAssertEqual(try InductProcess.run(["backup", copy, "--db", database]).status, 1, "no overwrite without --force")
        Thread.sleep(forTimeInterval: 0.5)
        load.stop()
        XCTAssertGreaterThan(load.absences.count, absencesBefore.count, "writes went on during the backup")
        try assertAcknowledgedWritesAreIn(copy, absences: absencesBefore, reportSaves: savesBefore)

        let refused = try InductProcess.run(["restore", copy, "--db", database])
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("in use"), refused.output)
        server?.terminate()
        let restored = try InductProcess.run(["restore", copy, "--db", database])
        XCTAssertEqual(restored.status, 0, restored.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: database + ".before-restore"))
        try assertAcknowledgedWritesAreIn(database, absences: absencesBefore, reportSaves: savesBefore)
        let garbage = folder + "/garbage.sqlite"
        try Data(repeating: 7, count: 8192).write(to: URL(fileURLWithPath: garbage))
        XCTAssertEqual(try InductProcess.run(["restore", garbage, "--db", database]).status, 1, "a backup failing its check is refused")
    }

    /// The signer kept trying until a reply was read whole, so the tutor's signature is in the file
    /// whether or not its own reply was the one read.
    private func assertSignaturesAreIn(_ path: String) throws {
        let connection = try Connection(path: path)
        XCTAssertEqual(load.finishedSignings.count, 1, "the signer finished")
        for reportID in load.finishedSignings.union(load.signedReports) {
            XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM report_signatures WHERE report_id = ? AND role = 'tutor'", [reportID]), 1)
        }
    }

    private func assertAcknowledgedWritesAreIn(_ path: String, absences: Set<LiveWriteLoad.Absence>, reportSaves: [Int: Int],
                                               file: StaticString = #filePath, line: UInt = #line) throws {
        let connection = try Connection(path: path)
        XCTAssertEqual(try OnlineBackup.integrityProblems(at: path), [], file: file, line: line)
        var missing: [LiveWriteLoad.Absence] = []
        for absence in absences {
            let found = try connection.scalarInt("SELECT count(*) FROM absences WHERE ect_id = ? AND start_date = ?",
                                                 [absence.ectID, absence.start])
            if found != 1 { missing.append(absence) }
        }
        XCTAssertEqual(missing, [], "acknowledged absences missing", file: file, line: line)
        for (reportID, number) in reportSaves {
            let value = try connection.queryOne("SELECT value FROM report_fields WHERE report_id = ? AND name = 'evidence'", [reportID])
            let saved = try value.map { try $0.string("value") } ?? ""
            let savedNumber = Int(saved.dropFirst("crash-save-".count)) ?? -1
            XCTAssertGreaterThanOrEqual(savedNumber, number, "report \(reportID) lost acknowledged save \(number): \(saved)",
                                        file: file, line: line)
        }
    }
}
