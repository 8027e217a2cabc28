import Foundation
import InductTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The real `induct` binary, built beside the test bundle, run as a child process. Start it from
/// synchronous test code: a child started from an async context may ignore signals.
final class InductProcess {
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("induct")
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Runs `induct arguments` to completion and returns its status and output. With `environment`,
    /// the child sees no INDUCT_* variable of this process's, only those given.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("INDUCT_") }.merging(environment) { $1 }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.repositoryRoot)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private let process = Process()
    /// Held open for the child's life: a closed pipe would fail its later writes to stdout.
    private let output = Pipe()
    private(set) var port = 0

    /// Starts `induct serve --db database --port 0` and waits for the line naming its port.
    init(serving database: String, extra: [String] = []) throws {
        process.executableURL = Self.binary
        process.arguments = ["serve", "--db", database, "--port", "0", "--workers", "4"] + extra
        process.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.repositoryRoot)
        let pipe = output
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let marker = "serving on http://127.0.0.1:"
        while !(text.range(of: marker).map { text[$0.upperBound...].contains("\n") } ?? false) {
            let data = pipe.fileHandleForReading.availableData
            guard !data.isEmpty else { throw Failure(description: "induct serve exited: \(text)") }
            text += String(decoding: data, as: UTF8.self)
        }
        let after = text[text.range(of: marker)!.upperBound...]
        port = Int(after.prefix { $0.isNumber }) ?? 0
        guard port > 0 else { throw Failure(description: "no port in: \(text)") }
    }

    /// SIGKILL: no shutdown, no checkpoint, as when the machine loses power mid-write.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func terminate() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
