import Foundation
import SQLite
import Security

/// A person named on the report signs it in one of their roles (issue 9 item 7). The signature seals
/// the SHA-256 of the report's canonical content; the next people to sign are emailed.
public struct SignReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func sign(reportID: Int, as role: SignerRole, confirmation: SignerConfirmation, author: Author) throws {
        switch confirmation {
        case .password(let password, _): try verify(password, userID: author.userID)
        case .emailedCode(let code, _):
            guard let userID = author.userID,
                  try VerifySignInCode(store: store).verify(userID: userID, code: code, author: author) == .verified else {
                throw ReportRefusal.wrongConfirmation
            }
        case .recent: break
        }
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .sign(role), author: author, today: store.time.today, c)
            let report = check.report
            try confirm(confirmation, at: stamp, c)
            let problems = report.form.completenessProblems(report.content)
            guard problems.isEmpty else { throw ReportRefusal.incomplete(ValidationErrors(problems)) }
            guard let userID = author.userID else { throw ReportRefusal.notYours(.sign(role)) }
            let hash = report.sealHash
            try c.run("""
                INSERT INTO report_signatures (report_id, role, user_id, signer_name, signed_at, content_hash) VALUES (?, ?, ?, ?, ?, ?)
                """, [reportID, role.rawValue, userID, author.name, stamp, hash])
            try ReportRows.move(report, to: check.next, at: stamp, c)
            try AuditEvent(author: author, action: .reportSigned, recordType: "report", recordID: reportID,
                           detail: "as \(role.title.lowercased()); SHA-256 \(hash)")
                .record(in: c, at: stamp)
            let waiting = SignerRole.required(for: report.kind).filter { !report.signedRoles.contains($0) && $0 != role }
            let notices = ReportNotices(baseURL: store.baseURL)
            let ect = try ReportStepCheck.ectName(report, c)
            if waiting.isEmpty {
                try notices.send(.awaitingSignature, "A report is ready to submit", "Everyone has signed. Submit it to the appropriate body.",
                                 to: .signers([.tutor]), about: report, ectName: ect, at: stamp, c)
            } else {
                try notices.send(.awaitingSignature, "A report is awaiting your signature", "\(author.name) has signed. The report now needs your signature.",
                                 to: .signers(waiting), about: report, ectName: ect, at: stamp, c)
            }
        }
    }

    /// Outside the transaction: argon2id is slow on purpose.
    private func verify(_ password: String, userID: Int?) throws {
        guard let userID, let hash = try store.database.read({
            try $0.queryOne("SELECT password_hash FROM users WHERE id = ? AND active = 1", [userID])?.optionalString("password_hash")
        }), PasswordHasher.verify(password, against: hash) else { throw ReportRefusal.wrongConfirmation }
    }

    private func confirm(_ confirmation: SignerConfirmation, at stamp: String, _ c: Connection) throws {
        switch confirmation {
        case .password(_, let token), .emailedCode(_, let token):
            if let token { try c.run("UPDATE sessions SET reconfirmed_at = ? WHERE token_hash = ?", [stamp, SessionStore.hash(token)]) }
        case .recent(let token):
            let since = Timestamp.format(store.time.now().addingTimeInterval(-SignerConfirmation.window))
            let recent = try c.scalarInt("SELECT count(*) FROM sessions WHERE token_hash = ? AND reconfirmed_at >= ?",
                                         [SessionStore.hash(token), since]) ?? 0
            guard recent > 0 else { throw ReportRefusal.confirmationNeeded }
        }
    }
}
