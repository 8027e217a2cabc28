/// The role an author acted in, beside their name and account, on every audit event (issue 8:
/// one `Author` for every change). Older rows keep an empty role.
enum Migration010 {
    static let sql = """
    ALTER TABLE audit_events ADD COLUMN actor_role TEXT NOT NULL DEFAULT '' CHECK (length(actor_role) <= 40);
    """
}
