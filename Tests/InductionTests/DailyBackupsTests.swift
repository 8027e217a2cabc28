import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// The daily backups while serving: one file a day from the injected clock, the newest N kept.
final class DailyBackupsTests: XCTestCase {
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testThePlanMakesTodaysFileOnceAndDeletesTheOldestBeyondKeep() {
        let existing = ["induct-2026-11-28.sqlite", "induct-2026-11-30.sqlite", "induct-2026-11-29.sqlite", "notes.txt",
                        "induct-2026-13-01.sqlite", "induct-2026-11-27.sqlite.partial"]
        let plan = DailyBackupPlan(existing: existing, today: day("2026-12-01"), keep: 3)
        XCTAssertEqual(plan.make, "induct-2026-12-01.sqlite")
        XCTAssertEqual(plan.delete, ["induct-2026-11-28.sqlite"], "other names are never deleted")
        let again = DailyBackupPlan(existing: existing + ["induct-2026-12-01.sqlite"], today: day("2026-12-01"), keep: 3)
        XCTAssertNil(again.make, "today's is there already")
        XCTAssertEqual(again.delete, ["induct-2026-11-28.sqlite"])
        XCTAssertEqual(DailyBackupPlan(existing: [], today: day("2026-12-01"), keep: 1).delete, [])
    }

    func testRunningHourlyOverFiveDaysMakesOneCopyADayAndKeepsTheNewestTwo() throws {
        let database = try TestFixtures.makeDatabase()
        let folder = NSTemporaryDirectory() + "induct-backups-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = MutableTimeSource()
        let backups = DailyBackups(databasePath: database.path, folder: folder, keep: 2, time: clock)
        var made: [String] = []
        for _ in 0...16 {
            if let name = try backups.runOnce().make { made.append(name) }
            clock.advance(by: 6 * 3600)
        }
        XCTAssertEqual(made.count, 5, "one a day, however often it checks: \(made)")
        XCTAssertEqual(Set(made).count, 5)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(left, Array(made.sorted().suffix(2)))
        for name in left {
            XCTAssertEqual(try OnlineBackup.integrityProblems(at: folder + "/" + name), [])
            let copy = try Connection(path: folder + "/" + name, readOnly: true)
            XCTAssertEqual(try copy.scalarInt("SELECT count(*) FROM ects"), try database.read { try $0.scalarInt("SELECT count(*) FROM ects") })
        }
    }
}
