/// Why a transferred record was not imported, in words for the appropriate body's officer.
public enum TransferRefusal: Error, Sendable, Equatable {
    case notAnExport
    case unsupportedVersion(Int)
    case invalid(String)
    case signaturesDoNotMatch(report: String, appropriateBody: String)
    case alreadyImported
    case trnAlreadyHere(String)
    case noSuchSchool
    case schoolSuspended
    case startTooEarly(String)

    /// The form field the message belongs to.
    public var field: String {
        switch self {
        case .noSuchSchool, .schoolSuspended: "schoolID"
        case .startTooEarly: "startDate"
        default: "document"
        }
    }

    public var message: String {
        switch self {
        case .notAnExport: "The file is not an Induct record export. Choose the .json file the other appropriate body sent"
        case .unsupportedVersion(let version):
            "The export is in format version \(version), which this Induct cannot read. Ask for an export in version \(ECTRecordExport.currentFormatVersion)"
        case .invalid(let problem): "The export cannot be imported: \(problem)"
        case .signaturesDoNotMatch(let report, let body):
            "The signatures on the \(report) do not match its content, so the file has been changed since it was exported. "
                + "Ask \(body) for a new export"
        case .alreadyImported: "This export has already been imported"
        case .trnAlreadyHere(let trn): "TRN \(trn) already has a record here. Register the ECT's new school on that record instead"
        case .noSuchSchool: "Choose the school the ECT is joining"
        case .schoolSuspended: "The school's account is suspended, so it cannot take on ECTs"
        case .startTooEarly(let date): "Start date at the new school must be after \(date), when the last induction period ended"
        }
    }
}
