extension InductionReader {
    /// Every school with its confirmed ECTs (the appropriate body's list).
    public func rosters() throws -> [SchoolRoster] {
        try database.read { try InductionDirectory().rosters($0) }
    }

    /// One ECT's record, or nil when there is no such ECT.
    public func ectRecord(id: Int) throws -> ECTRecord? {
        try database.read { try ECTRecordLoader().load(ectID: id, $0) }
    }
}
