import Foundation
import HTTP

/// Who the client is and whether they used https. Forwarded headers are believed only from the
/// configured proxy (design.md), otherwise anyone could claim any address.
struct ClientInfo {
    let address: String
    let isHTTPS: Bool

    init(request: HTTPRequest, trustedProxy: String?) {
        guard let trustedProxy, request.remoteAddress == trustedProxy else {
            address = request.remoteAddress
            isHTTPS = false
            return
        }
        isHTTPS = request.headers["X-Forwarded-Proto"]?.lowercased() == "https"
        let forwarded = request.headers["X-Forwarded-For"]?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces)
        address = forwarded.flatMap { $0.isEmpty ? nil : $0 } ?? request.remoteAddress
    }
}
