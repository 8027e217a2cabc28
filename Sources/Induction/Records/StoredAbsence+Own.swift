import SQLite

extension StoredAbsence {
    /// The record and the absence, which must belong to this ECT and to their current school: only
    /// the school that recorded an absence corrects or deletes it.
    static func own(_ absenceID: Int, ectID: Int, _ c: Connection) throws -> (ECTRecord, StoredAbsence) {
        guard let record = try ECTRecordLoader().load(ectID: ectID, c),
              let stored = record.absences.first(where: { $0.id == absenceID }) else { throw ECTRecordError.notFound }
        guard stored.schoolID == record.ect.schoolID else { throw ECTRecordError.recordedByAnotherSchool }
        return (record, stored)
    }
}
