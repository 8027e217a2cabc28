/// The fixed people and places of the demo appropriate body. Names are invented.
enum DemoData {
    struct DemoSchool {
        let urn: String
        let name: String
        let localAuthority: String
        let ects: [DemoECT]
    }

    struct DemoECT {
        let firstName: String
        let lastName: String
        let trn: String
        let start: String
        let ftePercent: Int
        let tutor: String
    }

    static let appropriateBodyName = "Pennine Teaching School Hub"

    static let schools: [DemoSchool] = [
        DemoSchool(urn: "107512", name: "Calder Valley Primary School", localAuthority: "Calderdale", ects: [
            DemoECT(firstName: "Amelia", lastName: "Hartley", trn: "3012456", start: "2025-09-01", ftePercent: 100, tutor: "Rachel Sutcliffe"),
            DemoECT(firstName: "Oliver", lastName: "Nwosu", trn: "3012457", start: "2025-09-01", ftePercent: 100, tutor: "Rachel Sutcliffe"),
            DemoECT(firstName: "Priya", lastName: "Chauhan", trn: "3012458", start: "2026-01-05", ftePercent: 80, tutor: "David Greenwood"),
            DemoECT(firstName: "Tom", lastName: "Whitaker", trn: "3012459", start: "2026-09-01", ftePercent: 100, tutor: "David Greenwood"),
        ]),
        DemoSchool(urn: "138204", name: "Holme Moss Academy", localAuthority: "Kirklees", ects: [
            DemoECT(firstName: "Fatima", lastName: "Begum", trn: "3021784", start: "2025-09-01", ftePercent: 100, tutor: "Mark Holroyd"),
            DemoECT(firstName: "Jack", lastName: "O'Connor", trn: "3021785", start: "2024-09-02", ftePercent: 50, tutor: "Mark Holroyd"),
            DemoECT(firstName: "Chloé", lastName: "Dubois-Smith", trn: "3021786", start: "2026-09-01", ftePercent: 100, tutor: "Helen Ackroyd"),
            DemoECT(firstName: "Daniel", lastName: "Kowalski", trn: "3021787", start: "2026-04-20", ftePercent: 100, tutor: "Helen Ackroyd"),
        ]),
        DemoSchool(urn: "145630", name: "St Aidan's C of E High School", localAuthority: "Bradford", ects: [
            DemoECT(firstName: "Hannah", lastName: "Mistry", trn: "3034410", start: "2025-09-01", ftePercent: 100, tutor: "Simon Barraclough"),
            DemoECT(firstName: "Ewan", lastName: "MacLeod", trn: "3034411", start: "2025-09-01", ftePercent: 60, tutor: "Simon Barraclough"),
            DemoECT(firstName: "Grace", lastName: "Adeyemi", trn: "3034412", start: "2026-09-01", ftePercent: 100, tutor: "Joanne Firth"),
            DemoECT(firstName: "Yusuf", lastName: "Rahman", trn: "3034413", start: "2026-09-01", ftePercent: 100, tutor: "Joanne Firth"),
        ]),
    ]
}
