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
        /// The DfE's returns need each ECT's date of birth.
        let born: String
        /// Names of demo staff accounts at the school (`DemoAccountData`), assigned by `SeedDemoAccounts`.
        let tutor: String
        let mentor: String
        var programme: TrainingProgramme = .providerLed
    }

    static let appropriateBodyName = "Pennine Teaching School Hub"

    static let schools: [DemoSchool] = [
        DemoSchool(urn: "107512", name: "Calder Valley Primary School", localAuthority: "Calderdale", ects: [
            DemoECT(firstName: "Amelia", lastName: "Hartley", trn: "3012456", start: "2025-09-01", ftePercent: 100, born: "1998-03-27",
                    tutor: "Rachel Sutcliffe", mentor: "Laura Bentley"),
            DemoECT(firstName: "Oliver", lastName: "Nwosu", trn: "3012457", start: "2025-09-01", ftePercent: 100, born: "1997-11-02",
                    tutor: "Rachel Sutcliffe", mentor: "Sophie Lumb"),
            DemoECT(firstName: "Priya", lastName: "Chauhan", trn: "3012458", start: "2026-01-05", ftePercent: 80, born: "1999-04-12",
                    tutor: "David Greenwood", mentor: "Laura Bentley"),
            DemoECT(firstName: "Tom", lastName: "Whitaker", trn: "3012459", start: "2026-09-01", ftePercent: 100, born: "2002-06-19",
                    tutor: "David Greenwood", mentor: "Sophie Lumb"),
        ]),
        DemoSchool(urn: "138204", name: "Holme Moss Academy", localAuthority: "Kirklees", ects: [
            DemoECT(firstName: "Fatima", lastName: "Begum", trn: "3021784", start: "2025-09-01", ftePercent: 100, born: "1996-08-30",
                    tutor: "Mark Holroyd", mentor: "Joanne Firth"),
            DemoECT(firstName: "Jack", lastName: "O'Connor", trn: "3021785", start: "2024-09-02", ftePercent: 50, born: "1990-01-15",
                    tutor: "Mark Holroyd", mentor: "Owen Sykes"),
            DemoECT(firstName: "Chloé", lastName: "Dubois-Smith", trn: "3021786", start: "2026-09-01", ftePercent: 100, born: "2001-12-05",
                    tutor: "Helen Ackroyd", mentor: "Joanne Firth"),
            DemoECT(firstName: "Daniel", lastName: "Kowalski", trn: "3021787", start: "2026-04-20", ftePercent: 100, born: "1999-09-23",
                    tutor: "Helen Ackroyd", mentor: "Owen Sykes"),
        ]),
        DemoSchool(urn: "145630", name: "St Aidan's C of E High School", localAuthority: "Bradford", ects: [
            DemoECT(firstName: "Hannah", lastName: "Mistry", trn: "3034410", start: "2025-09-01", ftePercent: 100, born: "1998-07-08",
                    tutor: "Simon Barraclough", mentor: "Gareth Pickles", programme: .schoolLed),
            DemoECT(firstName: "Ewan", lastName: "MacLeod", trn: "3034411", start: "2025-09-01", ftePercent: 60, born: "1995-02-14",
                    tutor: "Simon Barraclough", mentor: "Aisha Khan", programme: .schoolLed),
            DemoECT(firstName: "Grace", lastName: "Adeyemi", trn: "3034412", start: "2026-09-01", ftePercent: 100, born: "2003-05-01",
                    tutor: "Joanne Firth", mentor: "Gareth Pickles", programme: .schoolLed),
            DemoECT(firstName: "Yusuf", lastName: "Rahman", trn: "3034413", start: "2026-09-01", ftePercent: 100, born: "2001-10-28",
                    tutor: "Joanne Firth", mentor: "Aisha Khan", programme: .schoolLed),
        ]),
    ]
}
