import Foundation
import InductDomainTestSupport
import Induction

extension DemoRecords {
    /// A valid registration form for a new ECT with this TRN, starting 1 September 2026.
    public static func registrationForm(trn: String, firstName: String = "Priya", lastName: String = "Sandhu") -> ECTRegistrationForm {
        TestFixtures.makeECTRegistrationForm(trn: trn, firstName: firstName, lastName: lastName)
    }

    /// A pending registration at the school with `urn` for a new TRN; returns the induction period's id.
    public func makePendingECTRegistration(urn: String, trn: String, time: any TimeSource) throws -> Int {
        guard let registration = Self.registrationForm(trn: trn).validate(today: time.today).value,
              case .registered(let periodID, _, _) = try RegisterECT(store: InductionStore(database: database, time: time))
                .register(registration, schoolID: try schoolID(urn: urn),
                          author: Author(userID: nil, name: "Test", role: nil, clientAddress: "127.0.0.1"))
        else { throw Missing(what: "pending ECT registration for \(trn)") }
        return periodID
    }
}
