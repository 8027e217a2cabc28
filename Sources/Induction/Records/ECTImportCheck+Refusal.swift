import SQLite

extension ECTImportCheck {
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
        if let refusal = try TRNRefusal.openPeriod(ectID: try existing.int("id"), name: name, schoolID: schoolID,
                                                   showsDetails: showsDetails, c) {
            return refusal.errors(trn: trn)
        }
        if try existing.string("registration_status") == ECTRegistrationStatus.confirmed.rawValue, try existing.int("school_id") == schoolID,
           try c.scalarInt("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND status NOT IN ('rejected', 'withdrawn')",
                           [try existing.int("id")]) == 0 {
            return TRNRefusal.registeredHere(name: name).errors(trn: trn)
        }
        return TRNRefusal.hasRecord(name: showsDetails ? name : nil).errors(trn: trn)
    }
}
