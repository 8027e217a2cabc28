import Induction

/// Resolves the record a route names into the scope the policy judges. A record that does not
/// exist is a 404 before any permission is checked; another school's record is a 403 (and audited).
/// Ids are sequential, so telling the two apart reveals nothing a person could not guess.
struct Scopes: Sendable {
    let reader: InductionReader

    func school(_ context: RequestContext) throws -> Scope {
        let id = try context.id("schoolID")
        guard try reader.schoolExists(id: id) else { throw HTTPError.notFound }
        return .school(id: id)
    }

    func ect(_ context: RequestContext) throws -> Scope {
        let id = try context.id("ectID")
        guard let schoolID = try reader.schoolID(ofECT: id) else { throw HTTPError.notFound }
        return .ect(id: id, schoolID: schoolID)
    }

    /// The record page's scope: for someone at a school the ECT has left (a closed period there,
    /// and the ECT now elsewhere), that school's former period; otherwise the ECT at their school.
    func ectRecord(_ context: RequestContext) throws -> Scope {
        let scope = try ect(context)
        guard case .ect(let id, let current) = scope, let school = context.principal?.active.schoolID, school != current else { return scope }
        return try reader.hasLeft(ectID: id, schoolID: school) ? .formerSchoolECT(id: id, schoolID: school) : scope
    }

    /// The signed-in ECT's own record; anyone not acting as an ECT asks about the appropriate body,
    /// where the ECT's own actions are never allowed.
    func ownECT(_ context: RequestContext) throws -> Scope {
        guard let grant = context.principal?.active, grant.role == .ect, let id = grant.ectID,
              let schoolID = try reader.schoolID(ofECT: id) else { return .appropriateBody }
        return .ect(id: id, schoolID: schoolID)
    }

    func report(_ context: RequestContext) throws -> Scope {
        guard let scope = try reader.reportScope(id: try context.id("reportID")) else { throw HTTPError.notFound }
        return scope
    }
}
