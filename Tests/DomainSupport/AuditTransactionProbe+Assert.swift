import XCTest

extension AuditTransactionProbe {
    /// Both halves of the proof for one verb: with the audit refused the change throws and no table
    /// moves; allowed, it changes exactly `expected`. An assertion in `change` must not wrap the
    /// call, or it would catch the refused audit's error.
    public func assertAtomic(_ expected: [String], file: StaticString = #filePath, line: UInt = #line,
                             _ change: () throws -> Void) throws {
        let refused = try run(change)
        XCTAssertNotNil(refused.error, "the change went on without its audit", file: file, line: line)
        XCTAssertEqual(refused.changedTables, [], file: file, line: line)
        XCTAssertEqual(try changes(change), expected, file: file, line: line)
    }
}
