import SQLite

/// The appropriate body admin moves a live question up or down its report's order: it swaps places
/// with its live neighbour, with a "report_question.moved" audit event. Returns false, and writes
/// nothing, when it is already first (up) or last (down) or is retired; throws `.notFound` when
/// there is no such question.
public struct MoveReportQuestion: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func move(questionID: Int, _ direction: ReportQuestionDirection, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let (question, retired) = try ReportQuestionSet.find(id: questionID, c) else { throw ReportQuestionError.notFound }
            guard !retired, let kind = question.dueItemKind else { return false }
            let order = try ReportQuestionSet.live(kind: kind, c)
            guard let index = order.firstIndex(where: { $0.id == questionID }) else { return false }
            let other = direction == .up ? index - 1 : index + 1
            guard order.indices.contains(other) else { return false }
            // Positions may repeat or have gaps (retired questions keep theirs), so renumber the kind's
            // live questions 1, 2, 3… in the new order rather than swapping two numbers.
            var moved = order
            moved.swapAt(index, other)
            for (offset, item) in moved.enumerated() where item.position != offset + 1 {
                try c.run("UPDATE report_questions SET position = ? WHERE id = ?", [offset + 1, item.id])
            }
            try AuditEvent(author: author, action: .reportQuestionMoved, recordType: "report_question", recordID: questionID,
                           detail: "\(ReportQuestionSet.describe(question)) moved \(direction.rawValue) to position \(other + 1)")
                .record(in: c, at: stamp)
            return true
        }
    }
}
