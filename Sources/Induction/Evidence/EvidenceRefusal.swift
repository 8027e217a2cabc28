/// Why evidence was not attached or removed, in words for the person who asked.
public enum EvidenceRefusal: Error, Sendable, Equatable {
    case noSuchReport
    case noSuchFile
    /// Only the ECT's induction tutor or the school's headteacher adds or removes evidence.
    case notYours
    /// The report is with the appropriate body (submitted or accepted): its evidence is fixed.
    case notWithSchool(ReportState)
    case empty
    /// The content is none of the allowed types, whatever its name says.
    case notAllowedType
    case fileTooLarge(byteCount: Int)
    case reportFull(liveBytes: Int)

    public var message: String {
        switch self {
        case .noSuchReport: "There is no such report"
        case .noSuchFile: "There is no such evidence file on this report"
        case .notYours: "Only the ECT's induction tutor or the headteacher can add or remove evidence"
        case .notWithSchool(let state):
            "You cannot change the evidence while the report is \(state.label.lowercased())"
        case .empty: "The selected file is empty"
        case .notAllowedType: "The selected file must be a PDF, a Word document (.docx or .doc), a JPEG or a PNG"
        case .fileTooLarge(let count):
            "The selected file is \(EvidenceLimits.describe(count)): each file must be "
                + "\(EvidenceLimits.describe(EvidenceLimits.maxFileBytes)) or smaller"
        case .reportFull(let live):
            "This report already has \(EvidenceLimits.describe(live)) of evidence and can hold at most "
                + "\(EvidenceLimits.describe(EvidenceLimits.maxReportBytes)): remove a file or choose a smaller one"
        }
    }
}
