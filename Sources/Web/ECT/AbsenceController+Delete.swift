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
        try DeleteAbsence(store: services.store).delete(absenceID: stored.id, ectID: record.ect.id, author: context.author)
        return .redirect(to: "/ects/\(record.ect.id)?saved=absence-deleted")
    }
}
