import SQLite

extension ImportECTs {
    /// Why a row's TRN cannot be imported, in `RegisterECT`'s words where it has them, or nil for a
    /// TRN we have never seen. A known TRN is always refused: a transfer or a re-registration after
    /// a rejection goes through the one-by-one form, which checks and carries over what is recorded.
    /// Issue 7 item 16: only the appropriate body's own import (`showsDetails`) names the teacher
    /// already recorded and their school; a school's import and its errors CSV name neither.
    func refusal(_ registration: ECTRegistration, schoolID: Int, showsDetails: Bool, _ c: Connection) throws -> [String: String]? {
        guard let existing = try c.queryOne("SELECT id, first_name, last_name, school_id, registration_status FROM ects WHERE trn = ?",
                                            [registration.trn]) else { return nil }
        let trn = registration.trn
        let name = "\(try existing.string("first_name")) \(try existing.string("last_name"))"
        if let open = try c.queryOne(
            """
            SELECT p.status, p.school_id, s.name FROM induction_periods p JOIN schools s ON s.id = p.school_id
            WHERE p.ect_id = ? AND p.end_date IS NULL AND p.status NOT IN ('rejected', 'withdrawn')
            """, [try existing.int("id")]) {
            if try open.string("status") == "pending" {
                return ["trn": "A registration for TRN \(trn) is already waiting for the appropriate body to confirm"]
            }
            if try open.int("school_id") == schoolID {
                return ["trn": "\(name) (TRN \(trn)) is already registered at this school"]
            }
            guard showsDetails else { return RegisterECT.inductionElsewhere(trn) }
            return ["trn": "\(name) is still registered at \(try open.string("name")). That school must record a leaving date first, "
                + "or contact the appropriate body."]
        }
        if try existing.string("registration_status") == "confirmed", try existing.int("school_id") == schoolID,
           try c.scalarInt("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND status NOT IN ('rejected', 'withdrawn')",
                           [try existing.int("id")]) == 0 {
            return ["trn": "\(name) (TRN \(trn)) is already registered at this school"]
        }
        let who = showsDetails ? "\(name) (TRN \(trn))" : "TRN \(trn)"
        return ["trn": "\(who) already has a record. Register this ECT one by one with the \"Register an ECT\" form, "
            + "which carries over what is recorded"]
    }
}
