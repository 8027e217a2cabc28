import SQLite

/// Why a TRN that already has a record cannot start a registration, in the words both
/// `RegisterECT` and the CSV import (`ImportECTs`) use.
enum TRNRefusal: Sendable, Equatable {
    case awaitingConfirmation
    case registeredHere(name: String)
    /// Issue 7 item 16: a school never learns another school's ECT or that school from a TRN it types;
    /// the appropriate body, which it is told to contact, sees both (`stillRegistered`).
    case inductionElsewhere
    case stillRegistered(name: String, school: String)
    /// The import refuses every known TRN; the one-by-one form carries over what is recorded.
    case hasRecord(name: String?)

    func message(trn: String) -> String {
        switch self {
        case .awaitingConfirmation:
            "A registration for TRN \(trn) is already waiting for the appropriate body to confirm"
        case .registeredHere(let name):
            "\(name) (TRN \(trn)) is already registered at this school"
        case .inductionElsewhere:
            "TRN \(trn) is already in induction with another school. Check the TRN, or contact the appropriate body"
        case .stillRegistered(let name, let school):
            "\(name) is still registered at \(school). That school must record a leaving date first, or contact the appropriate body."
        case .hasRecord(let name):
            "\(name.map { "\($0) (TRN \(trn))" } ?? "TRN \(trn)") already has a record. "
                + "Register this ECT one by one with the \"Register an ECT\" form, which carries over what is recorded"
        }
    }

    func errors(trn: String) -> [String: String] { ["trn": message(trn: trn)] }

    /// The refusal for an ECT whose latest period is still open (pending or in progress), or nil.
    /// Only the appropriate body (`showsDetails`) is told who is recorded and where.
    static func openPeriod(ectID: Int, name: String, schoolID: Int, showsDetails: Bool, _ c: Connection) throws -> TRNRefusal? {
        guard let open = try c.queryOne(
            """
            SELECT p.status, p.school_id, s.name FROM induction_periods p JOIN schools s ON s.id = p.school_id
            WHERE p.ect_id = ? AND p.end_date IS NULL AND p.status NOT IN ('rejected', 'withdrawn')
            """, [ectID]) else { return nil }
        if try open.string("status") == PeriodStatus.pending.rawValue { return .awaitingConfirmation }
        if try open.int("school_id") == schoolID { return .registeredHere(name: name) }
        return showsDetails ? .stillRegistered(name: name, school: try open.string("name")) : .inductionElsewhere
    }
}
