import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One request on a fresh connection to 127.0.0.1, read until the peer closes. Header names are
/// matched loosely on purpose: chromedriver writes "Content-Length:250".
public enum RawHTTP {
    public struct Failure: Error, CustomStringConvertible { public let description: String }

    public struct Reply: Sendable {
        public let status: Int
        public let head: String
        public let body: [UInt8]

        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public static func exchange(port: Int, bytes: [UInt8], timeoutSeconds: Int = 60) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to port \(port)") }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed") }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        // Read until the declared body is complete (chromedriver keeps the connection open) or the peer closes.
        while !isComplete(received) {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        return try parse(received)
    }

    public static func parse(_ bytes: [UInt8]) throws -> Reply {
        guard let end = headEnd(bytes) else { throw Failure(description: "no response head") }
        let head = String(decoding: bytes[..<end], as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        var body = Array(bytes[(end + 4)...])
        if let length = contentLength(head), length < body.count {
            body = Array(body[..<length])
        }
        return Reply(status: status, head: head, body: body)
    }

    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let end = headEnd(bytes), let length = contentLength(String(decoding: bytes[..<end], as: UTF8.self)) else { return false }
        return bytes.count - (end + 4) >= length
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        return (0...(bytes.count - 4)).first { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
    }

    static func contentLength(_ head: String) -> Int? {
        let line = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        return line.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
    }
}
