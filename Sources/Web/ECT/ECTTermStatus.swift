/// Where an induction term stands on a given day: ended, containing the day, or still to come.
enum ECTTermStatus: String, Sendable {
    case completed = "Completed term"
    case current = "Current term"
    case upcoming = "Upcoming"

    var tagClass: String {
        switch self {
        case .completed: "tag--green"
        case .current: "tag--blue"
        case .upcoming: "tag--grey"
        }
    }
}
