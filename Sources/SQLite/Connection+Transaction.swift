extension Connection {
    /// Runs `body` in `BEGIN IMMEDIATE … COMMIT`, rolling back and rethrowing if it throws.
    /// Nested calls become savepoints, so a service may call another inside its transaction.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try inTransaction(begin: "BEGIN IMMEDIATE", body)
    }

    /// Like `transaction`, but `BEGIN DEFERRED`: takes no write lock, and every query in `body`
    /// reads the snapshot taken by its first read.
    @discardableResult
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try inTransaction(begin: "BEGIN DEFERRED", body)
    }

    private func inTransaction<T>(begin: String, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try inSavepoint(body)
        }
        // BEGIN, COMMIT and ROLLBACK go through the statement cache: every read runs them.
        try run(begin)
        let result: T
        do {
            result = try body()
        } catch {
            rollback()
            throw error
        }
        do {
            try run("COMMIT")
        } catch {
            // A failed COMMIT (deferred foreign key, busy) can leave the transaction open.
            rollback()
            throw error
        }
        return result
    }

    private func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT nested")
        do {
            let result = try body()
            try execute("RELEASE nested")
            return result
        } catch {
            try? execute("ROLLBACK TO nested; RELEASE nested")
            throw error
        }
    }

    private func rollback() {
        if isInTransaction { try? run("ROLLBACK") }
    }
}
