import Foundation
import SQLite
import Security

/// Issue 11 item 8: the receiving appropriate body imports a transferring ECT's record from another
/// Induct. The document is verified first; the ECT is registered, confirmed, at the receiving school
/// with the exported terms as served elsewhere (SG 2.34), and the earlier periods, absences and
/// reports are kept read-only as the previous AB's.
public struct ImportTransferredECT: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Returns the new ECT record's id.
    public func importRecord(document data: Data, schoolID: Int, startDate: CalendarDate, author: Author) throws -> Int {
        try store.change { c, stamp in
            let document = try ECTRecordExport.verified(from: data)
            let documentHash = Digest.sha256Hex([UInt8](data))
            guard let school = try c.queryOne("SELECT status FROM schools WHERE id = ?", [schoolID]) else { throw TransferRefusal.noSuchSchool }
            guard try school.string("status") != "suspended" else { throw TransferRefusal.schoolSuspended }
            if try c.scalarInt("SELECT count(*) FROM imported_records WHERE document_sha256 = ?", [documentHash]) ?? 0 > 0 {
                throw TransferRefusal.alreadyImported
            }
            if try c.scalarInt("SELECT count(*) FROM ects WHERE trn = ?", [document.ect.trn]) ?? 0 > 0 {
                throw TransferRefusal.trnAlreadyHere(document.ect.trn)
            }
            if let end = document.lastPeriodEnd, startDate <= end { throw TransferRefusal.startTooEarly(end.ukLong) }
            if let induction = CalendarDate(iso: document.ect.inductionStartDate), startDate < induction {
                throw TransferRefusal.startTooEarly(induction.ukLong)
            }
            let ectID: Int
            do {
                ectID = try keep(document, data: data, hash: documentHash, schoolID: schoolID, startDate: startDate, author: author, at: stamp, c)
            } catch let error as SQLiteError where error.isConstraintViolation {
                // The schema's CHECKs are the last word on what can be stored; the document broke one.
                throw TransferRefusal.invalid("a value is longer or larger than Induct stores")
            }
            try AuditEvent(author: author, action: .ectTransferImported, recordType: "ect", recordID: ectID,
                           detail: "from \(document.appropriateBody), exported \(document.exportedAt); \(document.termsServed) terms served; "
                               + "\(document.reports.count) reports, signatures verified; SHA-256 \(documentHash)")
                .record(in: c, at: stamp)
            return ectID
        }
    }

    private func keep(_ document: ECTRecordExport, data: Data, hash documentHash: String, schoolID: Int, startDate: CalendarDate,
                       author: Author, at stamp: String, _ c: Connection) throws -> Int {
        let ectID = try insertECT(document, schoolID: schoolID, startDate: startDate, at: stamp, c)
        try c.run("""
            INSERT INTO imported_records (ect_id, source_appropriate_body, format_version, exported_at, document, document_sha256,
                                  terms_served, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [ectID, document.appropriateBody, document.formatVersion, document.exportedAt, String(decoding: data, as: UTF8.self),
                  documentHash, document.termsServedThousandths, stamp, author.userID])
        let recordID = Int(c.lastInsertRowID)
        try insertParts(document, recordID: recordID, c)
        return ectID
    }

    private func insertECT(_ d: ECTRecordExport, schoolID: Int, startDate: CalendarDate, at stamp: String, _ c: Connection) throws -> Int {
        let programme = TrainingProgramme(rawValue: d.ect.trainingProgramme)?.rawValue ?? TrainingProgramme.providerLed.rawValue
        try c.run("""
            INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at,
                              email, date_of_birth, qts_date, training_programme, lead_provider, mentor_name,
                              terms_served_elsewhere, previous_appropriate_body, registration_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 'confirmed')
            """, [schoolID, d.ect.firstName, d.ect.lastName, d.ect.trn, d.ect.inductionStartDate, d.ect.ftePercent,
                  RegisterECT.legacyTutorName, stamp, String(d.ect.email.prefix(254)), d.ect.dateOfBirth, d.ect.qtsDate, programme,
                  String(d.ect.leadProvider.prefix(200)), d.termsServedThousandths, d.appropriateBody])
        let ectID = Int(c.lastInsertRowID)
        try c.run("INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at) VALUES (?, ?, ?, 'confirmed', ?)",
                  [ectID, schoolID, startDate.iso, stamp])
        return ectID
    }

    private func insertParts(_ d: ECTRecordExport, recordID: Int, _ c: Connection) throws {
        for p in d.periods {
            try c.run("""
                INSERT INTO imported_periods (imported_record_id, school_name, school_urn, start_date, end_date, terms_served)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [recordID, p.schoolName, p.schoolURN, p.startDate, p.endDate, p.termsServedThousandths])
        }
        for a in d.absences {
            try c.run("INSERT INTO imported_absences (imported_record_id, start_date, end_date, days, category) VALUES (?, ?, ?, ?, ?)",
                      [recordID, a.startDate, a.endDate, a.days, a.category])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for r in d.reports {
            try c.run("""
                INSERT INTO imported_reports (imported_record_id, source_report_id, kind, term_number, meeting_date, due_date, state, fields,
                                              questions, evidence, return_reason, seal_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [recordID, r.id, r.kind, r.termNumber, r.meetingDate, r.dueDate, r.state,
                      String(decoding: try encoder.encode(r.fields), as: UTF8.self), r.questions,
                      String(decoding: try encoder.encode(r.evidence), as: UTF8.self), r.returnReason, r.sealHash])
            let reportID = Int(c.lastInsertRowID)
            for s in r.signatures {
                try c.run("""
                    INSERT INTO imported_report_signatures (imported_report_id, role, signer_name, signed_at, content_hash, cleared_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, [reportID, s.role, s.signerName, s.signedAt, s.contentHash, s.clearedAt])
            }
        }
    }
}
