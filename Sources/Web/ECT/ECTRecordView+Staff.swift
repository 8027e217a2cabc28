import Induction
import Templates

/// The record's "People" section (item 10): the current tutor and mentor with the date they
/// started, who held each role before and when, and a task while nobody is assigned.
extension ECTRecordView {
    var staffValues: TemplateFields {
        var values: TemplateFields = [:]
        for role in AssignmentRole.allCases {
            values[role.rawValue] = .string(current(role))
            let earlier = record.staffAssignments.filter { $0.role == role && !$0.isCurrent }
                .map { TemplateValue.string("\($0.person.name), \($0.from.ukLong) to \($0.to.map(\.ukLong) ?? "")") }
            let key = role == .tutor ? "Tutors" : "Mentors"
            values["earlier" + key] = .list(earlier)
            values["hasEarlier" + key] = .bool(!earlier.isEmpty)
        }
        return values
    }

    /// "Rachel Sutcliffe (since 1 September 2025)", or the task, with what was typed before accounts.
    private func current(_ role: AssignmentRole) -> String {
        if let assignment = record.current(role) {
            return "\(assignment.person.name) (since \(assignment.from.ukLong))"
        }
        let neverAssigned = !record.staffAssignments.contains { $0.role == role }
        if neverAssigned, let name = record.unmatchedStaffNames[role] {
            return "\(role.missingTask) (previously recorded as: \(name))"
        }
        return role.missingTask
    }
}
