import Induction
import Templates

/// Item 11: the school page lists the ECTs of the person signed in first ("Your ECTs": a tutor's or
/// headteacher's tutees, a mentor's mentees), then the rest. A mentor sees only their mentees.
/// Every ECT without a tutor or mentor is a task.
struct SchoolHomeECTs {
    let roster: SchoolRoster
    let principal: Principal?

    /// Whose ECTs "Your ECTs" lists for the role being acted in, or nil for a role that has none.
    private var yoursBy: AssignmentRole? {
        guard let grant = principal?.active, grant.schoolID == roster.school.id else { return nil }
        switch grant.role {
        case .inductionTutor, .headteacher: return .tutor
        case .mentor: return .mentor
        default: return nil
        }
    }

    private func isMine(_ ect: ECT) -> Bool {
        guard let role = yoursBy, let userID = principal?.user.id else { return false }
        return (role == .tutor ? ect.tutor : ect.mentor)?.userID == userID
    }

    var isMentor: Bool { yoursBy == .mentor }
    var yours: [ECT] { roster.ects.filter(isMine) }
    var others: [ECT] { isMentor ? [] : roster.ects.filter { !isMine($0) } }

    var values: TemplateFields {
        var rest = roster
        rest.ects = others
        var mine = roster
        mine.ects = yours
        let tasks = (yours + others).flatMap { ect in
            [ect.tutor == nil ? AssignmentRole.tutor : nil, ect.mentor == nil ? .mentor : nil].compactMap { $0 }
                .map { TemplateValue.dictionary(["name": .string(ect.fullName), "href": .string("/ects/\(ect.id)"),
                                                 "task": .string($0.missingTask)]) }
        }
        return [
            "school": ECTListView.school(rest),
            "yourSchool": ECTListView.school(mine, tableLabel: "Your ECTs at \(roster.school.name)"),
            // A headteacher gets the section only when they are someone's tutor.
            "showYourECTs": .bool(yoursBy != nil && (principal?.active.role != .headteacher || !yours.isEmpty)),
            "actingAsMentor": .bool(isMentor),
            "hasYourECTs": .bool(!yours.isEmpty),
            "yourECTsEmpty": .string(isMentor ? "You are not mentoring any ECTs at this school yet."
                                              : "You are not the induction tutor of any ECTs at this school yet."),
            "staffTasks": .list(tasks),
            "hasStaffTasks": .bool(!tasks.isEmpty),
        ]
    }
}
