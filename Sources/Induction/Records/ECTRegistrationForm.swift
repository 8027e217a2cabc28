import Foundation

/// The school's "register an ECT" form exactly as typed. `validate(today:)` gives the registration, or
/// one GOV.UK-style message per field, keyed by field name.
public struct ECTRegistrationForm: Sendable, Equatable {
    /// The fields in the order the page shows them (and the error summary lists them).
    public static let fieldNames = [
        "firstName", "lastName", "email", "trn", "dateOfBirth", "qtsDate", "inductionStart", "fte",
        "trainingProgramme", "leadProvider", "tutor", "mentor", "termsServedElsewhere", "previousAppropriateBody",
    ]
    /// SG 2.11-2.16: induction under these arrangements starts on or after 1 September 2021.
    public static let earliestStart = CalendarDate(year: 2021, month: 9, day: 1)!
    /// Our call: a start date is agreed in advance, but not more than a year ahead.
    public static let latestStartDays = 366
    /// SG 2.30: a whole induction is 6 terms (thousandths); what was served elsewhere must leave some to serve here.
    static let wholeInduction = 6000

    public var firstName = ""
    public var lastName = ""
    public var email = ""
    public var trn = ""
    public var dateOfBirth = TypedDate()
    public var qtsDate = TypedDate()
    public var inductionStart = TypedDate()
    public var fte = ""
    /// "provider-led" or "school-led".
    public var trainingProgramme = ""
    public var leadProvider = ""
    /// The chosen account's id ("" for nobody yet); `RegisterECT` checks the role at the school.
    public var tutor = ""
    public var mentor = ""
    /// Terms already served elsewhere, to one decimal place; empty means none.
    public var termsServedElsewhere = ""
    public var previousAppropriateBody = ""

    public init() {}

    public func validate(today: CalendarDate) -> Result<ECTRegistration, ValidationErrors> {
        var errors: [String: String] = [:]
        let first = Self.name(firstName, "firstName", empty: "Enter the ECT's first name", label: "First name", limit: 100, &errors)
        let last = Self.name(lastName, "lastName", empty: "Enter the ECT's last name", label: "Last name", limit: 100, &errors)
        let cleanEmail = email.trimmingCharacters(in: .whitespacesAndNewlines)
        let address = cleanEmail.isEmpty ? "" : EmailAddress.normalise(cleanEmail)
        if address == nil { errors["email"] = "Enter the ECT's email address in the correct format, like name@example.org" }
        let cleanTRN = TextCleaning.singleLine(trn).replacingOccurrences(of: " ", with: "")
        let number = TRN.normalise(cleanTRN)
        if cleanTRN.isEmpty {
            errors["trn"] = "Enter the ECT's teacher reference number (TRN)"
        } else if number == nil {
            errors["trn"] = "Enter a TRN of 7 digits, like 1234567"
        }
        let birth = Self.date(dateOfBirth, "dateOfBirth", "Date of birth", &errors)
        let qts = Self.date(qtsDate, "qtsDate", "QTS award date", &errors)
        if let qts, qts > today { errors["qtsDate"] = "QTS award date must be today or in the past" }
        var start = Self.date(inductionStart, "inductionStart", "Induction start date", &errors)
        if let date = start {
            if date < Self.earliestStart {
                errors["inductionStart"] = "Induction start date must be on or after 1 September 2021"
            } else if let qts, date < qts {
                errors["inductionStart"] = "Induction start date must be on or after the QTS award date"
            } else if date > today.adding(days: Self.latestStartDays) {
                errors["inductionStart"] = "Induction start date must be no more than a year from today"
            }
            if errors["inductionStart"] != nil { start = nil }
        }
        if let birth, birth > today {
            errors["dateOfBirth"] = "Date of birth must be in the past"
        } else if let birth, let start, !(18...80).contains(Self.age(born: birth, on: start)) {
            errors["dateOfBirth"] = "The ECT must be between 18 and 80 years old when their induction starts"
        }
        let workingPattern = Self.fte(fte)
        if workingPattern == nil { errors["fte"] = "Enter the working pattern as a number from 0.1 to 1.0, like 0.8" }
        let programme = TrainingProgramme(rawValue: trainingProgramme)
        if programme == nil { errors["trainingProgramme"] = "Select a training programme" }
        let provider = TextCleaning.singleLine(leadProvider)
        if provider.count > 200 {
            errors["leadProvider"] = "Lead provider must be 200 characters or fewer"
        } else if programme == .providerLed, provider.isEmpty {
            errors["leadProvider"] = "Enter the lead provider for a provider-led programme"
        }
        let tutorID = TutorAndMentorForm.account(tutor, "tutor", "Select the induction tutor from the list", &errors)
        let mentorID = TutorAndMentorForm.account(mentor, "mentor", "Select the mentor from the list", &errors)
        var terms = Self.terms(termsServedElsewhere)
        if terms == nil {
            errors["termsServedElsewhere"] = "Enter terms already served as a number, to one decimal place, like 1.5"
        } else if let served = terms, served >= Self.wholeInduction {
            errors["termsServedElsewhere"] = "Terms already served must be less than 6, the whole induction. Check the number with the previous appropriate body"
            terms = nil
        }
        let previous = TextCleaning.singleLine(previousAppropriateBody)
        if previous.count > 200 {
            errors["previousAppropriateBody"] = "Previous appropriate body must be 200 characters or fewer"
        } else if let terms, terms > 0, previous.isEmpty {
            errors["previousAppropriateBody"] = "Enter the appropriate body for the induction already served"
        }
        guard errors.isEmpty, let number, let address, let birth, let qts, let start, let workingPattern, let programme,
              let terms else { return .failure(ValidationErrors(errors)) }
        return .success(ECTRegistration(firstName: first, lastName: last, email: address, trn: number, dateOfBirth: birth, qtsDate: qts,
                                inductionStart: start, fte: workingPattern, programme: programme,
                                leadProvider: provider, tutorUserID: tutorID, mentorUserID: mentorID,
                                termsServedElsewhere: terms, previousAppropriateBody: previous))
    }

    private static func name(_ text: String, _ field: String, empty: String, label: String, limit: Int,
                             _ errors: inout [String: String]) -> String {
        let clean = TextCleaning.singleLine(text)
        if clean.isEmpty { errors[field] = empty } else if clean.count > limit { errors[field] = "\(label) must be \(limit) characters or fewer" }
        return clean
    }

    private static func date(_ fields: TypedDate, _ field: String, _ label: String, _ errors: inout [String: String]) -> CalendarDate? {
        switch fields.parse(label) {
        case .success(let date): return date
        case .failure(let error): errors[field] = error.message; return nil
        }
    }

    /// Whole years from `born` to `day`.
    static func age(born: CalendarDate, on day: CalendarDate) -> Int {
        day.year - born.year - ((day.month, day.day) < (born.month, born.day) ? 1 : 0)
    }

    /// "1", "1.0", "0.8", "0.75" (at most two decimal places), from 0.1 to 1.0.
    static func fte(_ text: String) -> FTE? {
        guard let hundredths = decimal(text, places: 2) else { return nil }
        return FTE(percent: hundredths)
    }

    /// Thousandths of a term from "0" to "16" with at most one decimal place; empty is none.
    static func terms(_ text: String) -> Int? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return 0 }
        guard let tenths = decimal(text, places: 1), (0...160).contains(tenths) else { return nil }
        return tenths * 100
    }

    /// A non-negative decimal with at most `places` decimal places, scaled to a whole number.
    private static func decimal(_ text: String, places: Int) -> Int? {
        let clean = text.trimmingCharacters(in: .whitespaces)
        let parts = clean.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), clean.count <= 8,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= places, let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
        let scale = Int(pow(10.0, Double(places)))
        return whole * scale + Int(fraction.padding(toLength: places, withPad: "0", startingAt: 0))!
    }
}
