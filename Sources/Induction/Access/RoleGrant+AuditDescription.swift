extension RoleGrant {
    /// "Headteacher, Holme Moss Academy for user 7 (ECT record 3)", as the audit trail names a grant.
    var auditDescription: String {
        var text = "\(label) for user \(userID)"
        if let ectID { text += " (ECT record \(ectID))" }
        return text
    }
}
