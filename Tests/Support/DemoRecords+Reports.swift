import Foundation
import Induction
import SQLite

extension DemoRecords {
    /// The ECT's first progress review, written by their current tutor and shared with them, so that
    /// everyone named on it may open it; the same report on every call.
    public func makeSharedReport(ectID: Int, time: any TimeSource) throws -> Int {
        let store = InductionStore(database: database, time: time)
        let tutor = try row("""
            SELECT u.id, u.name FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id = ? AND a.role = 'tutor' AND a.to_date IS NULL
            """, [ectID])
        let author = Author(userID: try tutor.int("id"), name: try tutor.string("name"), role: .inductionTutor, clientAddress: "127.0.0.1")
        let id = try StartReport(store: store).start(ectID: ectID, kind: .progressReview, termNumber: 1, author: author)
        guard try count("SELECT count(*) FROM reports WHERE id = ? AND state = 'draft'", [id]) == 1 else { return id }
        try SaveReport(store: store).save(reportID: id, fields: [
            "on-track": "yes", "evidence": "Observed two lessons.", "notes-ts1": "High expectations are clear.",
            "target-1-text": "Plan for the next step", "target-1-standards": "TS4", "target-1-success": "Seen in planning by half term",
        ], basedOn: 1, author: author)
        try ShareReport(store: store, baseURL: "http://localhost").share(reportID: id, author: author)
        return id
    }

    /// A tiny real PDF attached to the report by the ECT's tutor; a fresh file each call (the bytes
    /// differ), so a removal always has one to remove.
    public func makeEvidence(reportID: Int, time: any TimeSource) throws -> Int {
        let store = InductionStore(database: database, time: time)
        let ectID = try count("SELECT ect_id FROM reports WHERE id = ?", [reportID])
        let tutor = try row("""
            SELECT u.id, u.name FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id = ? AND a.role = 'tutor' AND a.to_date IS NULL
            """, [ectID])
        let author = Author(userID: try tutor.int("id"), name: try tutor.string("name"), role: .inductionTutor, clientAddress: "127.0.0.1")
        let serial = try count("SELECT count(*) FROM evidence_files")
        return try AttachEvidence(store: store).attach(reportID: reportID, fileName: "Observation \(serial).pdf",
                                                       bytes: Self.pdf("Observation \(serial)"), author: author).id
    }

    /// The smallest PDF a reader opens, saying `text`.
    public static func pdf(_ text: String) -> [UInt8] {
        Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% \(text)\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    }

    private func row(_ sql: String, _ bindings: [any SQLBindable]) throws -> Row {
        guard let row = try database.read({ try $0.queryOne(sql, bindings) }) else { throw Missing(what: "the ECT's tutor") }
        return row
    }
}
