import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real Caddy on loopback terminating TLS with its internal CA in front of `induct serve`, set up
/// as docs/deploy/Caddyfile is. Start it from synchronous test code (see InductProcess).
final class CaddyProcess {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private let process = Process()
    private let folder: String
    let httpsPort: Int
    var rootCertificate: String { folder + "/data/pki/authorities/local/root.crt" }

    static var executable: String? {
        ["/usr/bin/caddy", "/usr/local/bin/caddy"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(folder: String, httpsPort: Int, upstreamPort: Int) throws {
        guard let executable = Self.executable else {
            throw Failure(description: "caddy is not installed: `make test-deps` installs it (Debian package caddy)")
        }
        self.folder = folder
        self.httpsPort = httpsPort
        let configuration = folder + "/Caddyfile"
        try Self.caddyfile(folder: folder, httpsPort: httpsPort, httpPort: try Self.freePort(), upstreamPort: upstreamPort)
            .write(toFile: configuration, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["run", "--config", configuration, "--adapter", "caddyfile"]
        process.environment = ["HOME": folder, "XDG_DATA_HOME": folder + "/xdg-data", "XDG_CONFIG_HOME": folder + "/xdg-config"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: try Self.logFile(folder))
        try process.run()
        try waitUntilServing()
    }

    func terminate() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private func waitUntilServing() throws {
        let deadline = Date().addingTimeInterval(20)
        var lastError = ""
        while Date() < deadline {
            guard process.isRunning else { break }
            if FileManager.default.fileExists(atPath: rootCertificate) {
                do {
                    _ = try Curl.request(["--cacert", rootCertificate, "--resolve", "localhost:\(httpsPort):127.0.0.1",
                                          "https://localhost:\(httpsPort)/healthz"])
                    return
                } catch { lastError = "\(error)" }
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let log = (try? String(contentsOfFile: folder + "/caddy.log", encoding: .utf8)) ?? ""
        throw Failure(description: "caddy did not serve https on \(httpsPort): \(lastError)\n\(log.suffix(2000))")
    }

    private static func logFile(_ folder: String) throws -> String {
        let path = folder + "/caddy.log"
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw Failure(description: "cannot create \(path)") }
        return path
    }

    /// docs/deploy/Caddyfile with loopback ports, Caddy's internal CA instead of Let's Encrypt, and
    /// its state in the test's folder.
    static func caddyfile(folder: String, httpsPort: Int, httpPort: Int, upstreamPort: Int) -> String {
        """
        {
        \tadmin off
        \tlocal_certs
        \tskip_install_trust
        \tauto_https disable_redirects
        \thttp_port \(httpPort)
        \thttps_port \(httpsPort)
        \tstorage file_system \(folder)/data
        }

        localhost:\(httpsPort) {
        \tbind 127.0.0.1
        \ttls internal
        \theader -Server
        \treverse_proxy 127.0.0.1:\(upstreamPort) {
        \t\theader_up X-Forwarded-Proto {scheme}
        \t\theader_up X-Forwarded-For {remote_host}
        \t}
        }

        """
    }

    /// A loopback port free at the moment of asking.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "bind to port 0 failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
