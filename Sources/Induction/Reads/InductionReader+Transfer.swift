import Foundation

/// Issue 11 item 8: the whole record to take away, and what was imported from another AB.
extension InductionReader {
    /// Everything held about the ECT in one snapshot, or nil when there is no such ECT.
    public func ectRecordExport(ectID: Int, today: CalendarDate, now: Date) throws -> ECTRecordExport? {
        try database.read { try ECTRecordExportBuilder(today: today, exportedAt: Timestamp.format(now)).build(ectID: ectID, $0) }
    }

    /// The records imported for the ECT from earlier appropriate bodies, oldest first.
    public func importedRecords(ectID: Int) throws -> [ImportedRecord] {
        try database.read { try ImportedRecord.load(ectID: ectID, $0) }
    }
}
