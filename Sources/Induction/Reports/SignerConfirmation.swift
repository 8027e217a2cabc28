/// How a signer shows it is them (issue 9 item 7): their password now, the code just emailed to them
/// (for those who sign in with one), or a confirmation in this session in the last 10 minutes. A tick
/// box is not a signature.
public enum SignerConfirmation: Sendable {
    case password(String, sessionToken: String?)
    case emailedCode(String, sessionToken: String?)
    case recent(sessionToken: String)

    static let window: Double = 600
}
