import SQLite

/// A registration waiting for the appropriate body: the pending induction period and whom it is for.
public struct PendingECTRegistration: Sendable, Equatable, Identifiable {
    /// The induction period's id: what the AB confirms or rejects.
    public var id: Int
    public var ectID: Int
    public var schoolID: Int
    public var schoolName: String
    public var firstName: String
    public var lastName: String
    public var trn: String
    public var email: String
    public var inductionStart: CalendarDate
    public var fte: FTE
    /// What the AB checks against the TRA record; nil only on records made before these were asked.
    public var dateOfBirth: CalendarDate?
    public var qtsDate: CalendarDate?
    /// The programme's label, or the stored text for an older record.
    public var programme: String
    public var termsServedElsewhere: TermsServed
    /// Issue 7 item 14: other TRNs recorded for a teacher with the same name and date of birth.
    public var sameNameAndBirthTRNs: [String]
    /// True when the TRN already had a confirmed period: the induction continues here.
    public var isTransfer: Bool
    public var createdAt: String

    public var fullName: String { "\(firstName) \(lastName)" }

    init(row: Row) throws {
        id = try row.int("period_id")
        guard let start = CalendarDate(iso: try row.string("start_date")) else {
            throw RecordDecodingError(table: "induction_periods", column: "start_date", id: id)
        }
        guard let fte = FTE(percent: try row.int("fte_percent")) else {
            throw RecordDecodingError(table: "ects", column: "fte_percent", id: try row.int("ect_id"))
        }
        ectID = try row.int("ect_id")
        schoolID = try row.int("school_id")
        schoolName = try row.string("school_name")
        firstName = try row.string("first_name")
        lastName = try row.string("last_name")
        trn = try row.string("trn")
        email = try row.string("email")
        inductionStart = start
        self.fte = fte
        dateOfBirth = try row.optionalString("date_of_birth").flatMap(CalendarDate.init(iso:))
        qtsDate = try row.optionalString("qts_date").flatMap(CalendarDate.init(iso:))
        let programme = try row.string("training_programme")
        self.programme = TrainingProgramme(rawValue: programme)?.label ?? programme
        termsServedElsewhere = TermsServed(thousandths: try row.int("terms_served_elsewhere"))
        sameNameAndBirthTRNs = (try row.optionalString("same_name_and_birth_trns") ?? "").split(separator: ",").map(String.init).sorted()
        isTransfer = try row.bool("is_transfer")
        createdAt = try row.string("created_at")
    }
}
