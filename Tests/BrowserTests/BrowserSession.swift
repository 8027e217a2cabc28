import Foundation
import HTTP
import InductTestSupport
import Web
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The application on a real socket, chromedriver as a child process, and one headless Chromium
/// session. Started from synchronous set-up: a child started from async code ignores SIGTERM.
final class BrowserSession {
    let application: Application
    let server: HTTPServer
    let driverProcess: Process
    let driver: WebDriverClient

    init(application: Application? = nil) throws {
        self.application = try application ?? TestEnvironment.makeApplication()
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
        configuration.eventLoopCount = 2
        Application.shape(&configuration)
        server = HTTPServer(configuration: configuration, handler: self.application.handler)
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

    /// Opens a path and returns the path landed on (after any redirect).
    @discardableResult
    func open(_ path: String) throws -> String {
        try awaitingNewDocument("opening \(path)") { try driver.navigate(to: baseURL + path) }
    }

    /// Clicks a link or submit button and returns the path of the document it loads.
    @discardableResult
    func follow(_ selector: String) throws -> String {
        try awaitingNewDocument("clicking \(selector)") { try driver.click(selector: selector) }
    }

    /// Signs in through the form on /sign-in, as a person would, and returns the path landed on.
    /// Stays on the sign-in page the browser is showing (it may carry `next`), else opens it.
    @discardableResult
    func signIn(_ email: String, password: String = TestEnvironment.demoPassword) throws -> String {
        if !(try driver.currentPath()).hasPrefix("/sign-in") { try open("/sign-in") }
        try driver.fill("#email", with: email)
        try driver.fill("#password", with: password)
        return try follow("main form[action='/sign-in'] button[type=submit]")
    }

    /// Signs out with the header's button and returns the path landed on.
    @discardableResult
    func signOut() throws -> String {
        try follow(".header__sign-out button")
    }

    /// The page's h1 texts.
    func headings() throws -> [String] {
        try driver.texts(of: "h1")
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
        let deadline = Date().addingTimeInterval(Self.patience)
        repeat {
            if (try? driver.send("GET", "/status", nil)) != nil { return }
            usleep(50_000)
        } while Date() < deadline
        throw WebDriverClient.Failure(description: "chromedriver did not start within \(Int(Self.patience)) s")
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
