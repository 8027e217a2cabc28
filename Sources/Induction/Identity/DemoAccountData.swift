import Foundation

/// The invented staff of the demo appropriate body and schools (`DemoData`), with the edge cases
/// domain.md names: Calder Valley's headteacher is also its induction tutor, and Joanne Firth mentors
/// at Holme Moss while tutoring at St Aidan's. Each school has two tutors and two mentors, so each
/// has ECTs that are not theirs (item 11).
enum DemoAccountData {
    struct Grant: Sendable {
        let role: Role
        /// "" for appropriate-body roles.
        let urn: String
        var ectTRN: String? = nil
    }

    struct Person: Sendable {
        let name: String
        let email: String
        let grants: [Grant]
    }

    static let staff: [Person] = [
        Person(name: "Margaret Oyelaran", email: "ab-admin@pennine.example", grants: [Grant(role: .abAdmin, urn: "")]),
        Person(name: "Stephen Lockwood", email: "ab-officer@pennine.example", grants: [Grant(role: .abOfficer, urn: "")]),
        Person(name: "Rachel Sutcliffe", email: "headteacher@107512.schools.example",
               grants: [Grant(role: .headteacher, urn: "107512"), Grant(role: .inductionTutor, urn: "107512")]),
        Person(name: "Imran Hussain", email: "induction-lead@107512.schools.example", grants: [Grant(role: .inductionLead, urn: "107512")]),
        Person(name: "Laura Bentley", email: "mentor@107512.schools.example", grants: [Grant(role: .mentor, urn: "107512")]),
        Person(name: "David Greenwood", email: "david.greenwood@107512.schools.example",
               grants: [Grant(role: .inductionTutor, urn: "107512")]),
        Person(name: "Sophie Lumb", email: "sophie.lumb@107512.schools.example", grants: [Grant(role: .mentor, urn: "107512")]),
        Person(name: "Karen Crowther", email: "school-admin@107512.schools.example", grants: [Grant(role: .schoolAdmin, urn: "107512")]),
        Person(name: "Andrew Haigh", email: "headteacher@138204.schools.example", grants: [Grant(role: .headteacher, urn: "138204")]),
        Person(name: "Nadia Rashid", email: "induction-lead@138204.schools.example", grants: [Grant(role: .inductionLead, urn: "138204")]),
        Person(name: "Mark Holroyd", email: "induction-tutor@138204.schools.example", grants: [Grant(role: .inductionTutor, urn: "138204")]),
        Person(name: "Joanne Firth", email: "mentor@138204.schools.example",
               grants: [Grant(role: .mentor, urn: "138204"), Grant(role: .inductionTutor, urn: "145630")]),
        Person(name: "Helen Ackroyd", email: "helen.ackroyd@138204.schools.example", grants: [Grant(role: .inductionTutor, urn: "138204")]),
        Person(name: "Owen Sykes", email: "owen.sykes@138204.schools.example", grants: [Grant(role: .mentor, urn: "138204")]),
        Person(name: "Paul Dyson", email: "school-admin@138204.schools.example", grants: [Grant(role: .schoolAdmin, urn: "138204")]),
        Person(name: "Catherine Mellor", email: "headteacher@145630.schools.example", grants: [Grant(role: .headteacher, urn: "145630")]),
        Person(name: "Bilal Akhtar", email: "induction-lead@145630.schools.example", grants: [Grant(role: .inductionLead, urn: "145630")]),
        Person(name: "Gareth Pickles", email: "mentor@145630.schools.example", grants: [Grant(role: .mentor, urn: "145630")]),
        Person(name: "Simon Barraclough", email: "simon.barraclough@145630.schools.example",
               grants: [Grant(role: .inductionTutor, urn: "145630")]),
        Person(name: "Aisha Khan", email: "aisha.khan@145630.schools.example", grants: [Grant(role: .mentor, urn: "145630")]),
        Person(name: "Susan Ambler", email: "school-admin@145630.schools.example", grants: [Grant(role: .schoolAdmin, urn: "145630")]),
    ]

    /// One person per demo ECT record, e.g. "chloe.dubois-smith@138204.schools.example".
    static let ects: [Person] = DemoData.schools.flatMap { school in
        school.ects.map { ect in
            Person(name: "\(ect.firstName) \(ect.lastName)", email: "\(fold(ect.firstName)).\(fold(ect.lastName))@\(school.urn).schools.example",
                   grants: [Grant(role: .ect, urn: school.urn, ectTRN: ect.trn)])
        }
    }

    static var people: [Person] { staff + ects }

    /// Lower-case ASCII letters, digits and hyphens: accents dropped ("Chloé" → "chloe"), apostrophes too.
    static func fold(_ name: String) -> String {
        let scalars = name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return String(String.UnicodeScalarView(scalars))
    }
}
