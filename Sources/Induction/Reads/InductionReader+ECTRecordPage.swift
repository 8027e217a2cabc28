extension InductionReader {
    /// The record page for someone acting at `viewerSchoolID` (nil for the appropriate body): the
    /// former period when the ECT has left that school for another; nil when there is no such ECT.
    public func ectRecordPage(ectID: Int, viewerSchoolID: Int?, withContact: Bool) throws -> ECTRecordPage? {
        try database.read { connection in
            if let school = viewerSchoolID,
               let current = try connection.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ectID]), current != school,
               let former = try FormerPeriodRecord.load(ectID: ectID, schoolID: school, connection) {
                return .former(former)
            }
            guard let record = try ECTRecordLoader().load(ectID: ectID, connection) else { return nil }
            let reports = try ReportSummary.load(ectID: ectID, connection)
            return .current(record: record, calendar: try? TermCalendar.compute(record.calendarInput),
                            contact: withContact ? try AppropriateBodyProfile.load(connection) : nil, reports: reports)
        }
    }
}
