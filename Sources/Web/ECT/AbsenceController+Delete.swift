import HTTP
import Induction
import Templates

extension AbsenceController {
    /// GET /ects/:ectID/absences/:absenceID/delete: what will be deleted, with a button to confirm.
    func confirmDelete(_ context: RequestContext) throws -> HTTPResponse {
        let (record, stored) = try Self.ownAbsence(context, services: services)
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/absences/\(stored.id)/delete")
        page["absence"] = .string(stored.description)
        page["days"] = .string("\(stored.absence.days) \(stored.absence.days == 1 ? "day" : "days")")
        return try pages.render("pages/ect_absence_delete", title: "Delete an absence for \(record.ect.fullName)", context: context,
                                values: page)
    }

    /// POST /ects/:ectID/absences/:absenceID/delete
    func delete(_ context: RequestContext) throws -> HTTPResponse {
        let (record, stored) = try Self.ownAbsence(context, services: services)
        let user = context.principal!.user
        try services.store.database.write { connection in
            try RecordAbsence(time: services.time).delete(absenceID: stored.id, ectID: record.ect.id, in: connection, actor: user.name,
                                                         actorUserID: user.id, clientAddress: context.clientAddress)
        }
        return .redirect(to: "/ects/\(record.ect.id)?saved=absence-deleted")
    }
}
