import HTTP
import SQLite

/// `GET /healthz`: 200 "ok" once the database answers and is migrated; 503 otherwise.
struct HealthController: Sendable {
    let database: Database

    func check(_ context: RequestContext) throws -> HTTPResponse {
        let healthy = (try? database.read { try $0.scalarInt("SELECT count(*) FROM schema_migrations") ?? 0 }) ?? 0 > 0
        var response = HTTPResponse.text(healthy ? "ok" : "unavailable", status: healthy ? 200 : 503)
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
