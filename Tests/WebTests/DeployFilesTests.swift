import Foundation
import InductTestSupport
import XCTest

/// docs/deploy's Caddyfile and systemd unit: Caddy accepts the one, and the other keeps the
/// hardening and the proxy address docs/deployment.md promises.
final class DeployFilesTests: XCTestCase {
    private let folder = TestEnvironment.repositoryRoot + "/docs/deploy"

    func testCaddyAcceptsTheCaddyfileAndItForwardsWhatInductBelieves() throws {
        let caddy = try XCTUnwrap(CaddyProcess.executable, "caddy is not installed: `make test-deps` installs it")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: caddy)
        process.arguments = ["adapt", "--adapter", "caddyfile", "--config", folder + "/Caddyfile"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let json = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, json)
        for expected in [#""dial":"127.0.0.1:8080""#, #""X-Forwarded-Proto":["{http.request.scheme}"]"#,
                         #""X-Forwarded-For":["{http.request.remote.host}"]"#] {
            XCTAssertTrue(json.contains(expected), "\(expected) not in \(json)")
        }
        XCTAssertFalse(json.contains("trusted_proxies"), "Caddy must not pass on a client's own X-Forwarded-For")
    }

    func testTheUnitIsHardenedAndPointsInductAtCaddy() throws {
        let unit = try String(contentsOfFile: folder + "/induct.service", encoding: .utf8)
        let lines = Set(unit.split(whereSeparator: \.isNewline).map(String.init))
        for required in ["User=induct", "StateDirectory=induct", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
                         "NoNewPrivileges=yes", "CapabilityBoundingSet=", "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
                         "SystemCallFilter=@system-service", "ExecStart=/opt/induct/induct serve",
                         "Environment=INDUCT_DB=/var/lib/induct/induct.sqlite", "Environment=INDUCT_HOST=127.0.0.1",
                         "Environment=INDUCT_PORT=8080", "Environment=INDUCT_TRUSTED_PROXY=127.0.0.1"] {
            XCTAssertTrue(lines.contains(required), "\(required) missing from induct.service")
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("Environment=INDUCT_BASE_URL=https://") })
    }
}
