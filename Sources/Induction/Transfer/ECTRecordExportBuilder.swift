import SQLite

/// Builds one ECT's `ECTRecordExport` inside the caller's read, from the stored rows.
struct ECTRecordExportBuilder {
    let today: CalendarDate
    let exportedAt: String

    func build(ectID: Int, _ c: Connection) throws -> ECTRecordExport? {
        guard let record = try ECTRecordLoader().load(ectID: ectID, c),
              let row = try c.queryOne("SELECT terms_served_elsewhere FROM ects WHERE id = ?", [ectID]) else { return nil }
        let total = record.termsServed(asOf: today)
        let reportIDs = try c.query("SELECT id FROM reports WHERE ect_id = ? ORDER BY term_number, id", [ectID]).map { try $0.int("id") }
        return ECTRecordExport(
            formatVersion: ECTRecordExport.currentFormatVersion,
            appropriateBody: try InductionDirectory().appropriateBodyName(c) ?? "",
            exportedAt: exportedAt,
            ect: ExportedECT(
                firstName: record.ect.firstName, lastName: record.ect.lastName, trn: record.ect.trn,
                dateOfBirth: record.dateOfBirth?.iso, qtsDate: record.qtsDate?.iso, email: record.email,
                inductionStartDate: record.ect.inductionStartDate.iso, ftePercent: record.ect.fte.percent,
                trainingProgramme: record.trainingProgramme, leadProvider: record.leadProvider,
                previousAppropriateBody: record.previousAppropriateBody,
                termsServedBeforeThousandths: try row.int("terms_served_elsewhere")),
            termsServedThousandths: total.thousandths,
            periods: try periods(ectID, openPeriodServed: total.thousandths - record.termsServedElsewhere.thousandths, c),
            fteChanges: record.fteChanges.map { ExportedFTEChange(effectiveDate: $0.effective.iso, ftePercent: $0.fte.percent) },
            absences: record.absences.map {
                ExportedAbsence(startDate: $0.absence.start.iso, endDate: $0.absence.end.iso, days: $0.absence.days,
                                category: $0.absence.category.rawValue, ectChoosesToExtend: $0.absence.ectChoosesToExtend)
            },
            adjustments: record.adjustments.map {
                ExportedAdjustment(kind: $0.kind.rawValue, termsTenths: $0.terms.thousandths / 100, reason: $0.reason,
                                   ectConsented: $0.ectConsented, decidedAt: $0.decidedAt, replacedAt: $0.replacedAt)
            },
            reports: try reportIDs.compactMap { try report($0, c) },
            decision: try decision(ectID, c),
            history: try history(ectID, reportIDs: reportIDs, c))
    }

    private func periods(_ ectID: Int, openPeriodServed: Int, _ c: Connection) throws -> [ExportedPeriod] {
        try c.query("""
            SELECT p.start_date, p.end_date, p.terms_served, s.name, s.urn FROM induction_periods p JOIN schools s ON s.id = p.school_id
            WHERE p.ect_id = ? AND p.status = 'confirmed' ORDER BY p.start_date
            """, [ectID]).map { row in
            let end = try row.optionalString("end_date")
            return ExportedPeriod(schoolName: try row.string("name"), schoolURN: try row.string("urn"), startDate: try row.string("start_date"),
                                  endDate: end, termsServedThousandths: end == nil ? max(0, openPeriodServed) : try row.optionalInt("terms_served") ?? 0)
        }
    }

    private func report(_ id: Int, _ c: Connection) throws -> ExportedReport? {
        guard let report = try ReportRows.load(id, c) else { return nil }
        let evidence = try c.query("""
            SELECT f.*, u.name AS uploader_name FROM evidence_files f JOIN users u ON u.id = f.uploaded_by WHERE f.report_id = ? ORDER BY f.id
            """, [id]).map { row in
            ExportedEvidence(fileName: try row.string("file_name"), mediaType: try row.string("media_type"), byteCount: try row.int("byte_count"),
                             sha256: try row.string("blob_sha256"), uploadedBy: try row.string("uploader_name"),
                             uploadedAt: try row.string("uploaded_at"), removedAt: try row.optionalString("removed_at"))
        }
        return ExportedReport(
            id: id, kind: report.kind.rawValue, termNumber: report.termNumber, meetingDate: report.meetingDate.iso,
            dueDate: report.dueDate.iso, state: report.state.rawValue, fields: report.content.fields.filter { !$0.value.isEmpty },
            questions: report.questions, returnReason: report.returnReason, submittedAt: report.submittedAt, evidence: evidence,
            signatures: report.signatures.map {
                ExportedSignature(role: $0.role.rawValue, signerName: $0.signerName, signedAt: $0.signedAt,
                                  contentHash: $0.contentHash, clearedAt: $0.clearedAt)
            },
            sealHash: report.sealHash)
    }

    private func decision(_ ectID: Int, _ c: Connection) throws -> ExportedDecision? {
        try c.queryOne("SELECT * FROM induction_decisions WHERE ect_id = ?", [ectID]).map { row in
            ExportedDecision(outcome: try row.string("outcome"), decidedOn: try row.string("decided_on"),
                             extensionTermsTenths: try row.optionalInt("extension_terms_tenths"),
                             ectToldInWritingOn: try row.optionalString("ect_told_in_writing_on"))
        }
    }

    private func history(_ ectID: Int, reportIDs: [Int], _ c: Connection) throws -> [ExportedEvent] {
        let reports = reportIDs.map(String.init).joined(separator: ",")
        return try c.query("""
            SELECT * FROM audit_events WHERE (record_type = 'ect' AND record_id = ?)
               OR (record_type = 'induction_period' AND record_id IN (SELECT id FROM induction_periods WHERE ect_id = ?))
               OR (record_type = 'report' AND record_id IN (\(reports.isEmpty ? "NULL" : reports)))
            ORDER BY id
            """, [ectID, ectID]).map { row in
            ExportedEvent(occurredAt: try row.string("occurred_at"), actor: try row.string("actor"), action: try row.string("action"),
                          recordType: try row.string("record_type"), detail: try row.string("detail"))
        }
    }
}
