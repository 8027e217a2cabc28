import Induction

/// What a route requires. Every route declares one; there is no default.
public enum AccessRule: Sendable {
    /// Anyone, signed in or not: sign-in, registration, health.
    case everyone
    /// Any signed-in person, whatever their role: their own account, sign-out.
    case signedIn
    /// The policy must allow the action on the scope the route's record resolves to. The resolver
    /// throws 404 for a record that does not exist.
    case permission(Action, scope: @Sendable (RequestContext) throws -> Scope)

    public static func permission(_ action: Action) -> AccessRule {
        .permission(action, scope: { _ in .appropriateBody })
    }
}
