/// A scale account as the seeder refers to it.
struct ScalePerson: Sendable {
    let userID: Int
    let name: String
    let email: String
}
