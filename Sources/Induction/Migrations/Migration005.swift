/// Schools as the appropriate body manages them: a status (a suspended school's staff keep their
/// records but the AB stops accepting new registrations) and the phase of education.
enum Migration005 {
    static let sql = """
    ALTER TABLE schools ADD COLUMN status TEXT NOT NULL DEFAULT 'authorised' CHECK (status IN ('authorised', 'suspended'));
    ALTER TABLE schools ADD COLUMN phase TEXT NOT NULL DEFAULT 'not-recorded'
        CHECK (phase IN ('not-recorded', 'nursery', 'primary', 'middle', 'secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus'));
    """
}
