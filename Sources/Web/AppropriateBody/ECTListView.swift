import Induction
import Templates

/// The view model of the ECT list: strings ready to show, no logic left for the template.
struct ECTListView {
    /// This page's schools and ECTs; the counts are the whole list's (it may run over many pages).
    let rosters: [SchoolRoster]
    let ectCount: Int
    let schoolCount: Int

    var values: TemplateFields {
        [
            "schools": .list(rosters.map { Self.school($0) }),
            "hasSchools": .bool(!rosters.isEmpty),
            "summary": .string("\(ectCount) \(ectCount == 1 ? "ECT" : "ECTs") at \(schoolCount) \(schoolCount == 1 ? "school" : "schools")"),
        ]
    }

    /// `tableLabel` names the table's scroll region; two tables on one page need different names.
    static func school(_ roster: SchoolRoster, tableLabel: String? = nil) -> TemplateValue {
        [
            "tableLabel": .string(tableLabel ?? "Early career teachers at \(roster.school.name)"),
            "name": .string(roster.school.name),
            "urn": .string(roster.school.urn),
            "localAuthority": .string(roster.school.localAuthority),
            "hasECTs": .bool(!roster.ects.isEmpty),
            "ectCount": .int(roster.ects.count),
            "ects": .list(roster.ects.map(ect)),
        ]
    }

    static func ect(_ ect: ECT) -> TemplateValue {
        [
            "href": .string("/ects/\(ect.id)"),
            "name": .string(ect.fullName),
            "trn": .string(ect.trn),
            "inductionStart": .string(ect.inductionStartDate.ukLong),
            "inductionStartISO": .string(ect.inductionStartDate.iso),
            "workingPattern": .string(ect.fte.label),
            "tutor": .string(ect.tutor?.name ?? AssignmentRole.tutor.missingTask),
            "mentor": .string(ect.mentor?.name ?? AssignmentRole.mentor.missingTask),
        ]
    }
}
