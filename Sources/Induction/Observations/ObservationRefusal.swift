/// Why an observation or a mentor meeting cannot be recorded, in words for the person recording it.
public enum ObservationRefusal: Error, Sendable, Equatable {
    case noSuchECT
    /// Only the ECT's tutor, or the headteacher or induction lead of the ECT's school, records an observation.
    case notTheirTutor
    /// Only the ECT's current mentor logs their mentor meetings.
    case notTheirMentor
    case observerWithoutQTS
    case dateInTheFuture
    case beforeInduction(CalendarDate)

    public var message: String {
        switch self {
        case .noSuchECT: "There is no such ECT"
        case .notTheirTutor: "Only the ECT’s induction tutor, headteacher or induction lead can record an observation"
        case .notTheirMentor: "Only the ECT’s mentor can log their mentor meetings"
        case .observerWithoutQTS: "The observer must hold qualified teacher status (QTS)"
        case .dateInTheFuture: "The date must be today or in the past"
        case .beforeInduction(let start): "The date must be on or after the start of induction, \(start.ukLong)"
        }
    }
}
