import HTTP
import Induction

/// `GET /healthz`: 200 "ok" once the database answers and is migrated; 503 otherwise.
struct HealthController: Sendable {
    let reader: InductionReader

    func check() -> HTTPResponse {
        let healthy = reader.isMigrated()
        var response = HTTPResponse.text(healthy ? "ok" : "unavailable", status: healthy ? 200 : 503)
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
