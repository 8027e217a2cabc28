import Foundation
import Induction

extension TestFixtures {
    /// A valid registration form for a new ECT starting 1 September 2026 (QTS 14 July 2026). The
    /// email is made from the name unless given; pass "" to leave it out.
    public static func makeECTRegistrationForm(trn: String = "4012345", firstName: String = "Priya", lastName: String = "Sandhu",
                                               email: String? = nil, fte: String = "0.8",
                                               trainingProgramme: String = "provider-led",
                                               leadProvider: String = "Ambition Institute") -> ECTRegistrationForm {
        var form = ECTRegistrationForm()
        form.firstName = firstName
        form.lastName = lastName
        form.email = email ?? "\(firstName.lowercased()).\(lastName.lowercased())@example.org"
        form.trn = trn
        form.dateOfBirth = TypedDate(day: "27", month: "3", year: "1998")
        form.qtsDate = TypedDate(day: "14", month: "7", year: "2026")
        form.inductionStart = TypedDate(day: "1", month: "9", year: "2026")
        form.fte = fte
        form.trainingProgramme = trainingProgramme
        form.leadProvider = leadProvider
        return form
    }
}
