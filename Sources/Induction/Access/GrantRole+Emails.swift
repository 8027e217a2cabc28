import SQLite

extension GrantRole {
    func invitationEmail(to address: String, name: String, grant: RoleGrant, link: String, _ c: Connection) throws -> OutgoingEmail {
        let body = """
        Dear \(name),

        \(try serviceName(c)) has given you access to Induct as \(grant.label).

        Set your password to start using it:

        \(link)

        This link works once and expires after 7 days. It replaces any earlier invitation we sent you.

        If you were not expecting this email, you can ignore it.
        """
        return OutgoingEmail(recipient: address, subject: "Set up your Induct account", body: body)
    }

    func newRoleEmail(to address: String, name: String, grant: RoleGrant, _ c: Connection) throws -> OutgoingEmail {
        let body = """
        Dear \(name),

        \(try serviceName(c)) has given you a new role in Induct: \(grant.label).

        Sign in as usual at \(store.baseURL)/ and choose this role when you need it.

        If you were not expecting this, tell your appropriate body.
        """
        return OutgoingEmail(recipient: address, subject: "You have a new role in Induct", body: body)
    }

    private func serviceName(_ c: Connection) throws -> String {
        try c.queryOne("SELECT name FROM appropriate_bodies ORDER BY id LIMIT 1")?.string("name") ?? "Your appropriate body"
    }
}
