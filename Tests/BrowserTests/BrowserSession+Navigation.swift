import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension BrowserSession {
    /// How long a navigation or chromedriver may take on a loaded machine before a test gives up: a deadline,
    /// not a delay (every wait returns as soon as its condition holds).
    static let patience: TimeInterval = 60

    /// Runs `action`, which makes the browser load a document (a click, a submit, a navigation), and returns
    /// the path once that new document has replaced the one on screen and finished loading.
    ///
    /// Waiting for an expected path is not enough: submitting /forgot-password lands on /forgot-password,
    /// and a failed sign-in on /sign-in, so the old page still on screen would match. The old document
    /// carries a marker; a new document does not.
    @discardableResult
    func awaitingNewDocument(_ description: String, _ action: () throws -> Void) throws -> String {
        let marker = UUID().uuidString
        _ = try driver.execute("window.inductDocumentMarker = arguments[0];", arguments: [marker])
        try action()
        let deadline = Date().addingTimeInterval(Self.patience)
        var state = "not checked"
        repeat {
            do {
                let current = try driver.execute("""
                    return window.inductDocumentMarker === arguments[0] ? 'the previous document' : document.readyState;
                    """, arguments: [marker]) as? String ?? "unknown"
                if current == "complete" { return try driver.currentPath() }
                state = current
            } catch {
                // The previous document can unload while the script runs; ask again.
                state = "\(error)"
            }
            usleep(20_000)
        } while Date() < deadline
        throw WebDriverClient.Failure(description: "no new document within \(Int(Self.patience)) s of \(description); still \(state) at \((try? driver.currentPath()) ?? "?")")
    }
}
