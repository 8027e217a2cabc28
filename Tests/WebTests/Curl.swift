import Foundation

/// curl run as a child process: FoundationNetworking cannot be told to trust Caddy's internal CA
/// for one request, and curl's `--cacert` verifies the real certificate chain.
enum Curl {
    struct Reply {
        let status: Int
        let headers: [(name: String, value: String)]
        let body: String

        func values(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }

        func cookie(_ name: String) -> String? {
            values("Set-Cookie").first { $0.hasPrefix(name + "=") }
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static var executable: String? {
        ["/usr/bin/curl", "/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `curl -sS -i arguments` and parses the one response it prints.
    static func request(_ arguments: [String]) throws -> Reply {
        guard let executable else { throw Failure(description: "curl is not installed: run `make test-deps`") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-sS", "-i", "--max-time", "10"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "curl \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(message)")
        }
        return try parse(String(decoding: data, as: UTF8.self))
    }

    private static func parse(_ text: String) throws -> Reply {
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no response head in: \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "no status in: \(lines.first ?? "")")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Reply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
