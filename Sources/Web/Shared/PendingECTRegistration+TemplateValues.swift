import Induction
import Templates

extension PendingECTRegistration {
    /// Whom a pending registration is for and from when, as the appropriate body's list and the
    /// school's withdraw page both show it.
    var summaryValues: TemplateFields {
        [
            "name": .string(fullName),
            "trn": .string(trn),
            "schoolName": .string(schoolName),
            "inductionStart": .string(inductionStart.ukLong),
            "inductionStartISO": .string(inductionStart.iso),
            "workingPattern": .string(fte.label),
        ]
    }
}
