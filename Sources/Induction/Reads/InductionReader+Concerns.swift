import SQLite

extension InductionReader {
    /// The ECT's own concerns, newest first.
    public func concerns(ectID: Int) throws -> [ECTConcern] {
        try database.read { c in
            try c.query(ECTConcern.selectSQL + " WHERE c.ect_id = ? ORDER BY c.raised_at DESC, c.id DESC", [ectID]).map(ECTConcern.init)
        }
    }

    /// The appropriate body's queue: open concerns first, oldest first, then answered ones newest first.
    public func concernQueue(limit: Int = 200) throws -> [ECTConcern] {
        try database.read { c in
            try c.query(ECTConcern.selectSQL + """
                 ORDER BY c.state = 'answered', CASE WHEN c.state = 'open' THEN c.raised_at END ASC, c.replied_at DESC, c.id LIMIT ?
                """, [limit]).map(ECTConcern.init)
        }
    }

    public func concern(id: Int) throws -> ECTConcern? {
        try database.read { c in try c.queryOne(ECTConcern.selectSQL + " WHERE c.id = ?", [id]).map(ECTConcern.init) }
    }

    public func openConcernCount() throws -> Int {
        try database.read { try $0.scalarInt("SELECT count(*) FROM ect_concerns WHERE state = 'open'") ?? 0 }
    }
}
