import Foundation
import Induction

/// `induct demo --scale large [--ects N]`: the scale data set's size, checked before anything is written.
struct ScaleRequest {
    static let largeECTs = 10_000
    static let maximumECTs = 1_000_000

    let ects: Int

    /// Nil without `--scale`.
    init?(_ options: Options) throws {
        guard let scale = options["--scale"] else {
            if options["--ects"] != nil { throw Options.UsageError(description: "--ects needs --scale large") }
            return nil
        }
        guard scale == "large" else { throw Options.UsageError(description: "--scale: the only size is 'large' (got '\(scale)')") }
        guard let text = options["--ects"] else { ects = Self.largeECTs; return }
        guard let count = Int(text), (1...Self.maximumECTs).contains(count) else {
            throw Options.UsageError(description: "--ects: a whole number from 1 to \(Self.maximumECTs) (got '\(text)')")
        }
        ects = count
    }

    func seed(store: InductionStore, password: String) throws {
        let started = Date()
        guard let summary = try SeedScaleData(store: store).seed(ects: ects, password: password, author: .system("induct demo --scale")) else {
            Console.out("The scale data is already there; nothing added")
            return
        }
        let seconds = Date().timeIntervalSince(started)
        let states = ReportState.allCases.map { "\(summary.reportsByState[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        Console.out("""
            Wrote the scale data in \(String(format: "%.1f", seconds)) s: \(summary.schools) schools, \(summary.ects) ECTs, \
            \(summary.accounts) accounts, \(summary.reports) reports (\(states))
            Sign in with the demo password as:
              ab_admin         ab-admin@pennine.example
              headteacher      \(summary.headteacherEmail)
              induction_tutor  \(summary.tutorEmail)
            """)
    }
}
