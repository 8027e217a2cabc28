import Foundation

/// Serves the files under a root folder, loaded once at start-up so that no request touches the
/// disk and no path can escape the root: only regular files whose real path lies inside it are kept.
public struct StaticFiles: Sendable {
    struct File: Sendable {
        let body: [UInt8]
        let contentType: String
        let etag: String
    }

    public let urlPrefix: String
    public let cacheControl: String
    private let files: [String: File]

    public init(root: String, urlPrefix: String = "/static/", cacheControl: String = "public, max-age=3600") throws {
        self.urlPrefix = urlPrefix
        self.cacheControl = cacheControl
        self.files = try Self.load(root: root)
    }

    public var fileCount: Int { files.count }

    /// The response for a GET or HEAD under the prefix, or nil when the path is not ours.
    public func response(for request: HTTPRequest) -> HTTPResponse? {
        guard request.path.hasPrefix(urlPrefix) else { return nil }
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse(status: 405, headers: HTTPHeaders([("Allow", "GET, HEAD")]))
        }
        let relative = String(request.path.dropFirst(urlPrefix.count))
        guard let file = files[relative] else { return .text("Not found", status: 404) }
        var headers = HTTPHeaders([("ETag", file.etag), ("Cache-Control", cacheControl)])
        if let tags = request.headers["If-None-Match"], Self.matches(tags, file.etag) {
            return HTTPResponse(status: 304, headers: headers)
        }
        headers.add("Content-Type", file.contentType)
        return HTTPResponse(status: 200, headers: headers, body: file.body)
    }

    static func matches(_ ifNoneMatch: String, _ etag: String) -> Bool {
        ifNoneMatch.split(separator: ",").contains { tag in
            let trimmed = tag.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
        }
    }

    private static func load(root: String) throws -> [String: File] {
        let rootURL = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL
        let rootPath = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: rootURL.path) else { return [:] }
        var files: [String: File] = [:]
        while let relative = walker.nextObject() as? String {
            let real = rootURL.appendingPathComponent(relative).resolvingSymlinksInPath().standardizedFileURL
            var isDirectory: ObjCBool = false
            guard real.path.hasPrefix(rootPath),
                  FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory),
                  !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let body = Array(try Data(contentsOf: real))
            files[relative] = File(body: body, contentType: MIMEType.forExtension(real.pathExtension), etag: etag(of: body))
        }
        return files
    }

    /// FNV-1a over the content: a cache validator, not a security boundary.
    static func etag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\"" + String(hash, radix: 16) + "-" + String(bytes.count, radix: 16) + "\""
    }
}
