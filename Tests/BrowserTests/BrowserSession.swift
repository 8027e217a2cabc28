import Foundation
import HTTP
import InductTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The application on a real socket, chromedriver as a child process, and one headless Chromium
/// session. Started from synchronous set-up: a child started from async code ignores SIGTERM.
final class BrowserSession {
    let server: HTTPServer
    let driverProcess: Process
    let driver: WebDriverClient

    init() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
        server = HTTPServer(configuration: configuration, handler: try TestEnvironment.makeApplication().handler)
        try server.start()
        let driverPort = try Self.freePort()
        driverProcess = Process()
        driverProcess.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driverProcess.arguments = ["--port=\(driverPort)"]
        driverProcess.standardOutput = FileHandle.nullDevice
        driverProcess.standardError = FileHandle.nullDevice
        try driverProcess.run()
        driver = WebDriverClient(port: driverPort)
        try waitForDriver()
        try driver.startSession()
    }

    var baseURL: String { "http://127.0.0.1:\(server.port)" }

    func close() {
        driver.endSession()
        driverProcess.terminate()
        driverProcess.waitUntilExit()
        server.shutdown()
    }

    /// Runs axe-core on the current page and returns its violations, one line each.
    func accessibilityViolations() throws -> [String] {
        guard let path = ProcessInfo.processInfo.environment["INDUCT_AXE_JS"] else {
            throw WebDriverClient.Failure(description: "INDUCT_AXE_JS is not set: run the tests with 'make test', which fetches axe-core")
        }
        _ = try driver.execute(try String(contentsOfFile: path, encoding: .utf8) + "\nreturn typeof axe;")
        let result = try driver.executeAsync("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """)
        return result as? [String] ?? ["unexpected axe result: \(result)"]
    }

    private func waitForDriver() throws {
        for _ in 0..<100 {
            if (try? driver.send("GET", "/status", nil)) != nil { return }
            usleep(100_000)
        }
        throw WebDriverClient.Failure(description: "chromedriver did not start")
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return -1 }
                return getsockname(fd, pointer, &length)
            }
        }
        guard bound == 0 else { throw WebDriverClient.Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
