import Induction
import SQLite

/// Resolves the record a route names into the scope the policy judges. A record that does not
/// exist is a 404 before any permission is checked; another school's record is a 403 (and audited).
/// Ids are sequential, so telling the two apart reveals nothing a person could not guess.
struct Scopes: Sendable {
    let database: Database

    func school(_ context: RequestContext) throws -> Scope {
        let id = try context.id("schoolID")
        let exists = try database.read { try $0.scalarInt("SELECT count(*) FROM schools WHERE id = ?", [id]) ?? 0 } > 0
        guard exists else { throw HTTPError.notFound }
        return .school(id: id)
    }

    func ect(_ context: RequestContext) throws -> Scope {
        let id = try context.id("ectID")
        guard let schoolID = try database.read({ try $0.scalarInt("SELECT school_id FROM ects WHERE id = ?", [id]) }) else {
            throw HTTPError.notFound
        }
        return .ect(id: id, schoolID: schoolID)
    }

    /// The record page's scope: for someone at a school the ECT has left (a closed period there,
    /// and the ECT now elsewhere), that school's former period; otherwise the ECT at their school.
    func ectRecord(_ context: RequestContext) throws -> Scope {
        let scope = try ect(context)
        guard case .ect(let id, let current) = scope, let school = context.principal?.active.schoolID, school != current else { return scope }
        let left = try database.read {
            try $0.scalarInt("""
                SELECT count(*) FROM induction_periods
                WHERE ect_id = ? AND school_id = ? AND status = 'confirmed' AND end_date IS NOT NULL
                """, [id, school]) ?? 0
        }
        return left > 0 ? .formerSchoolECT(id: id, schoolID: school) : scope
    }
}
