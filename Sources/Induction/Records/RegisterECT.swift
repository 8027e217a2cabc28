import Foundation
import SQLite

/// A school registers an ECT: a new teacher, or one continuing an induction begun at another school
/// (a transfer: the same `ects` row, a new induction period, terms carried over). Either way the new
/// period is pending until the appropriate body confirms it. One TRN never has two open or
/// overlapping periods (domain.md); the schema enforces it too.
public struct RegisterECT: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public static let suspendedMessage =
        "The appropriate body has suspended this school's account, so it cannot register ECTs. Contact the appropriate body."

    public func register(_ registration: ECTRegistration, schoolID: Int, author: Author) throws -> ECTRegistrationOutcome {
        try store.change { c, stamp in
            // Migration005: a suspended school keeps its records, but the AB accepts no new registrations from it.
            if try c.scalarInt("SELECT count(*) FROM schools WHERE id = ? AND status = 'suspended'", [schoolID]) ?? 0 > 0 {
                return .refused(["firstName": Self.suspendedMessage])
            }
            if let refusal = try Self.staffRefusal(registration, schoolID: schoolID, c) { return .refused(refusal) }
            let existing = try c.queryOne("SELECT * FROM ects WHERE trn = ?", [registration.trn])
            let ectID: Int
            var isTransfer = false
            if let existing {
                ectID = try existing.int("id")
                if let refusal = try refusal(registration, ectID: ectID, existing, schoolID: schoolID, c) { return .refused(refusal) }
                isTransfer = try c.scalarInt("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND status = 'confirmed'",
                                             [ectID]) ?? 0 > 0
                if isTransfer {
                    try continueRecord(ectID, registration, c)
                } else {
                    try replaceRejected(ectID, registration, schoolID: schoolID, c)
                }
            } else {
                ectID = try Self.insertECT(registration, schoolID: schoolID, at: stamp, c)
            }
            do {
                try Self.insertPendingPeriod(registration, ectID: ectID, schoolID: schoolID, at: stamp, c)
            } catch let error as SQLiteError where error.isConstraintViolation || error.message.contains("overlap") {
                return .refused(["inductionStart": "Induction start date overlaps an induction period already recorded for TRN \(registration.trn)"])
            }
            let periodID = Int(c.lastInsertRowID)
            try AuditEvent(author: author, action: .ectRegistered, recordType: "induction_period", recordID: periodID,
                           detail: "ECT record \(ectID), school \(schoolID), start \(registration.inductionStart.iso)"
                               + (isTransfer ? ", transfer" : "") + ", \(registration.fte.decimal) FTE")
                .record(in: c, at: stamp)
            return .registered(periodID: periodID, ectID: ectID, isTransfer: isTransfer)
        }
    }

    /// Why an existing TRN cannot start a new period here, or nil when it can.
    private func refusal(_ registration: ECTRegistration, ectID: Int, _ existing: Row, schoolID: Int,
                         _ c: Connection) throws -> [String: String]? {
        let name = "\(try existing.string("first_name")) \(try existing.string("last_name"))"
        if let refusal = try TRNRefusal.openPeriod(ectID: ectID, name: name, schoolID: schoolID, showsDetails: false, c) {
            return refusal.errors(trn: registration.trn)
        }
        // A confirmed ECT recorded before induction periods existed has an open period at its school.
        if try existing.string("registration_status") == ECTRegistrationStatus.confirmed.rawValue,
           try c.scalarInt("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND status NOT IN ('rejected', 'withdrawn')", [ectID]) == 0 {
            let refusal: TRNRefusal = try existing.int("school_id") == schoolID ? .registeredHere(name: name) : .inductionElsewhere
            return refusal.errors(trn: registration.trn)
        }
        if try existing.string("registration_status") == ECTRegistrationStatus.confirmed.rawValue, let born = try existing.optionalString("date_of_birth"),
           born != registration.dateOfBirth.iso {
            return ["dateOfBirth": "Date of birth does not match our record for TRN \(registration.trn). Check both with the ECT"]
        }
        if let lastEnd = try c.queryOne(
            "SELECT max(end_date) AS last_end FROM induction_periods WHERE ect_id = ? AND status NOT IN ('rejected', 'withdrawn')", [ectID])?
            .optionalString("last_end"),
           let end = CalendarDate(iso: lastEnd), registration.inductionStart <= end {
            return ["inductionStart": "Induction start date must be after \(end.ukLong), when the last induction period for TRN \(registration.trn) ended"]
        }
        return nil
    }

    /// A new teacher's row, pending until the AB confirms. The CSV import stores its rows the same way.
    static func insertECT(_ r: ECTRegistration, schoolID: Int, at stamp: String, _ c: Connection) throws -> Int {
        try c.run(
            """
            INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at,
                              email, date_of_birth, qts_date, training_programme, lead_provider, mentor_name,
                              terms_served_elsewhere, previous_appropriate_body, registration_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')
            """,
            [schoolID, r.firstName, r.lastName, r.trn, r.inductionStart.iso, r.fte.percent, legacyTutorName, stamp,
             r.email, r.dateOfBirth.iso, r.qtsDate.iso, r.programme.rawValue, r.leadProvider, "",
             r.termsServedElsewhere, r.previousAppropriateBody])
        return Int(c.lastInsertRowID)
    }

    /// A teacher whose earlier registration was rejected and never confirmed: the school's new details replace it.
    private func replaceRejected(_ ectID: Int, _ r: ECTRegistration, schoolID: Int, _ c: Connection) throws {
        try c.run(
            """
            UPDATE ects SET school_id = ?, first_name = ?, last_name = ?, induction_start_date = ?, fte_percent = ?, tutor_name = ?,
                email = ?, date_of_birth = ?, qts_date = ?, training_programme = ?, lead_provider = ?, mentor_name = ?,
                terms_served_elsewhere = ?, previous_appropriate_body = ?, registration_status = 'pending', rejection_reason = ''
            WHERE id = ?
            """,
            [schoolID, r.firstName, r.lastName, r.inductionStart.iso, r.fte.percent, Self.legacyTutorName, r.email, r.dateOfBirth.iso,
             r.qtsDate.iso, r.programme.rawValue, r.leadProvider, "", r.termsServedElsewhere,
             r.previousAppropriateBody, ectID])
    }

    /// SG 1.13: a transfer continues the one induction. Identity, start date and terms already served
    /// stay as recorded; the new school's programme replaces the old school's, and its tutor and
    /// mentor do when the AB confirms the new period (until then the record stays at its last school).
    private func continueRecord(_ ectID: Int, _ r: ECTRegistration, _ c: Connection) throws {
        try c.run(
            """
            UPDATE ects SET training_programme = ?, lead_provider = ?,
                email = CASE WHEN ? = '' THEN email ELSE ? END,
                date_of_birth = ifnull(date_of_birth, ?), qts_date = ifnull(qts_date, ?)
            WHERE id = ?
            """,
            [r.programme.rawValue, r.leadProvider, r.email, r.email, r.dateOfBirth.iso, r.qtsDate.iso, ectID])
    }
}
