import HTTP
import Induction

extension RecordFormParts {
    /// The tail every record form shares: a valid form is saved and the ECT's record shows
    /// `saved=<what save returns>`; an invalid one is audited (field names only) and shown again
    /// with what was typed and its errors, status 422.
    static func submit<Value>(_ outcome: Result<Value, ValidationErrors>, form: String, record: ECTRecord, context: RequestContext,
                              services: Services, save: (Value) throws -> String,
                              showAgain: ([String: String]) throws -> HTTPResponse) throws -> HTTPResponse {
        switch outcome {
        case .success(let value):
            return .redirect(to: "/ects/\(record.ect.id)?saved=\(try save(value))")
        case .failure(let errors):
            auditRejected(context, services: services, form: form, ectID: record.ect.id, errors: errors.messages)
            return try showAgain(errors.messages)
        }
    }
}
