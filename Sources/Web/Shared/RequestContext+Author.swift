import Induction

extension RequestContext {
    /// Who a change made by this request is by: the signed-in person in their active role, from this
    /// request's address. Routes that change records are signed in (`AccessGate`); a visitor is "anonymous".
    var author: Author {
        guard let principal else { return Author(userID: nil, name: "anonymous", role: nil, clientAddress: clientAddress) }
        return Author(principal.user, actingAs: principal.active.role, clientAddress: clientAddress)
    }
}
