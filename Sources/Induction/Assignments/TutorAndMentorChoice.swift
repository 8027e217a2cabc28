/// Who the school wants as the ECT's tutor and mentor from a date: nil means nobody.
public struct TutorAndMentorChoice: Sendable, Equatable {
    public var tutorUserID: Int?
    public var mentorUserID: Int?
    public var from: CalendarDate

    public init(tutorUserID: Int?, mentorUserID: Int?, from: CalendarDate) {
        self.tutorUserID = tutorUserID
        self.mentorUserID = mentorUserID
        self.from = from
    }

    public func userID(_ role: AssignmentRole) -> Int? {
        role == .tutor ? tutorUserID : mentorUserID
    }
}
