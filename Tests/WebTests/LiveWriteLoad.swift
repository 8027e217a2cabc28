import Foundation
import InductTestSupport
import Synchronization

/// Clients writing to a live server on their own threads until `stop`: school staff recording
/// one-day absences on distinct future dates, and a tutor saving a report draft again and again.
/// Only replies read in full are acknowledged.
final class LiveWriteLoad: Sendable {
    struct Absence: Hashable, Sendable { let ectID: Int; let start: String }

    let port = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let acknowledged = Mutex<(absences: Set<Absence>, reportSaves: [Int: Int])>(([], [:]))
    private let finished = Mutex<[DispatchSemaphore]>([])

    private let signatures = Mutex<(acknowledged: Set<Int>, finished: Set<Int>)>(([], []))

    var absences: Set<Absence> { acknowledged.withLock { $0.absences } }
    /// Reports whose signature was acknowledged in full.
    var signedReports: Set<Int> { signatures.withLock { $0.acknowledged } }
    /// Reports whose signer stopped: acknowledged, or refused because an earlier attempt had signed.
    var finishedSignings: Set<Int> { signatures.withLock { $0.finished } }
    /// Report id to the highest save number acknowledged.
    var reportSaves: [Int: Int] { acknowledged.withLock { $0.reportSaves } }

    static func day(_ offset: Int, ect: Int) -> String {
        let start = Date(timeIntervalSince1970: 1_798_848_000)  // 2027-01-01
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: start.addingTimeInterval(Double(offset) * 86_400))
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// One absence by `client` for `ectID` starting on `start`; true when acknowledged.
    func recordAbsence(_ client: LiveFormClient, ectID: Int, start: String) -> Bool {
        guard let fields = client.fields(of: "/ects/\(ectID)/absences/new") else { return false }
        let parts = start.split(separator: "-").map { String(Int($0)!) }
        let form = [("_csrf", fields.csrf), ("start-day", parts[2]), ("start-month", parts[1]), ("start-year", parts[0]),
                    ("end-day", parts[2]), ("end-month", parts[1]), ("end-year", parts[0]), ("days", "1"),
                    ("category", "maternity"), ("extend", "no")]
        guard let reply = client.send("POST", "/ects/\(ectID)/absences/new", form: form), reply.status == 303,
              LiveFormClient.location(reply)?.contains("saved=absence") == true else { return false }
        acknowledged.withLock { _ = $0.absences.insert(Absence(ectID: ectID, start: start)) }
        return true
    }

    /// Save number `number` of the report at `path`, its evidence "crash-save-<number>", with `more` fields.
    func saveReport(_ client: LiveFormClient, path: String, reportID: Int, number: Int, more: [(String, String)] = []) -> Bool {
        guard let fields = client.fields(of: path), let version = fields.version else { return false }
        let form = [("_csrf", fields.csrf), ("version", version), ("on-track", "yes"), ("evidence", "crash-save-\(number)")] + more
        guard let reply = client.send("POST", path, form: form), reply.status == 303,
              LiveFormClient.location(reply)?.contains("done=saved") == true else { return false }
        acknowledged.withLock { $0.reportSaves[reportID] = max($0.reportSaves[reportID] ?? 0, number) }
        return true
    }

    /// Records absences for `ectID` on a new day each attempt, from `firstDay` on.
    func startAbsences(_ client: LiveFormClient, ectID: Int, firstDay: Int) {
        spawn { [self] in
            var offset = firstDay
            while !stopping.load(ordering: .relaxed) {
                if !recordAbsence(client, ectID: ectID, start: Self.day(offset, ect: ectID)) { Thread.sleep(forTimeInterval: 0.01) }
                offset += 1
            }
        }
    }

    func startReportSaves(_ client: LiveFormClient, path: String, reportID: Int, firstNumber: Int) {
        spawn { [self] in
            var number = firstNumber
            while !stopping.load(ordering: .relaxed) {
                if !saveReport(client, path: path, reportID: reportID, number: number) { Thread.sleep(forTimeInterval: 0.01) }
                number += 1
            }
        }
    }

    /// After `delay`, signs the report at `path` as the tutor with the password, retrying until a
    /// reply is read in full: a 303 is an acknowledged signature, a 422 a refusal (already signed).
    func startSigning(_ client: LiveFormClient, path: String, reportID: Int, password: String, after delay: TimeInterval) {
        spawn { [self] in
            Thread.sleep(forTimeInterval: delay)
            while !stopping.load(ordering: .relaxed) {
                if let fields = client.fields(of: path), let version = fields.version,
                   let reply = client.send("POST", "\(path)/sign", form: [("_csrf", fields.csrf), ("role", "tutor"),
                                                                           ("password", password), ("version", version)]) {
                    let signed = reply.status == 303 && LiveFormClient.location(reply)?.contains("done=signed") == true
                    if signed || reply.status == 422 {
                        signatures.withLock {
                            if signed { $0.acknowledged.insert(reportID) }
                            $0.finished.insert(reportID)
                        }
                        return
                    }
                }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// Stops every client and waits for each to finish its request in flight.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        for done in finished.withLock({ list in defer { list = [] }; return list }) { done.wait() }
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        finished.withLock { $0.append(done) }
        thread.start()
    }
}
