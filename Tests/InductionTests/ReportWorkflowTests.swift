import Induction
import XCTest

/// Issue 9 item 6: every allowed transition, and every other one refused.
final class ReportWorkflowTests: XCTestCase {
    private let steps: [ReportStep] = [.edit, .comment, .share, .sign(.tutor), .sign(.headteacher), .sign(.ect), .submit, .accept,
                                       .returnForAmendment]

    /// The whole table for a formal assessment with every signature but the one asked for (so that
    /// signing can go ahead) and, for submitting, all of them.
    private let allowed: [String: ReportState] = [
        "edit draft": .draft, "edit shared": .shared, "edit awaiting-signatures": .shared, "edit returned": .shared,
        "comment shared": .shared, "comment awaiting-signatures": .shared, "comment returned": .shared,
        "share draft": .shared,
        "sign-tutor shared": .awaitingSignatures, "sign-tutor awaiting-signatures": .awaitingSignatures,
        "sign-tutor returned": .awaitingSignatures,
        "sign-headteacher shared": .awaitingSignatures, "sign-headteacher awaiting-signatures": .awaitingSignatures,
        "sign-headteacher returned": .awaitingSignatures,
        "sign-ect shared": .awaitingSignatures, "sign-ect awaiting-signatures": .awaitingSignatures, "sign-ect returned": .awaitingSignatures,
        "submit awaiting-signatures": .submitted, "submit returned": .submitted,
        "accept submitted": .accepted, "return submitted": .returned,
    ]

    private func name(_ step: ReportStep) -> String {
        switch step {
        case .edit: "edit"
        case .comment: "comment"
        case .share: "share"
        case .sign(let role): "sign-\(role.rawValue)"
        case .submit: "submit"
        case .accept: "accept"
        case .returnForAmendment: "return"
        }
    }

    func testEveryStepInEveryStateIsAllowedOrRefusedAsTheTableSays() {
        var checked = 0
        for state in ReportState.allCases {
            for step in steps {
                let key = "\(name(step)) \(state.rawValue)"
                var signed = Set(SignerRole.allCases)
                if case .sign(let role) = step { signed.remove(role) }
                do {
                    let next = try ReportWorkflow.state(after: step, from: state, kind: .finalFormalAssessment, signed: signed)
                    XCTAssertEqual(next, allowed[key], key)
                } catch {
                    XCTAssertNil(allowed[key], "\(key) was refused: \(error.message)")
                    XCTAssertEqual(error, .notInThisState(step, state), key)
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 54)
        XCTAssertEqual(allowed.count, 21)
    }

    func testSigningADraftIsRefused() {
        XCTAssertThrowsError(try ReportWorkflow.state(after: .sign(.tutor), from: .draft, kind: .progressReview, signed: [])) {
            XCTAssertEqual(($0 as? ReportRefusal)?.message, "You cannot sign as induction tutor while it is draft")
        }
    }

    func testSubmittingWithoutEverySignatureNamesWhoIsMissing() {
        XCTAssertThrowsError(try ReportWorkflow.state(after: .submit, from: .awaitingSignatures, kind: .firstFormalAssessment,
                                                      signed: [.tutor])) {
            XCTAssertEqual($0 as? ReportRefusal, .missingSignatures([.headteacher, .ect]))
            XCTAssertEqual(($0 as? ReportRefusal)?.message, "The report still needs signing by the headteacher and the ECT")
        }
        XCTAssertEqual(try ReportWorkflow.state(after: .submit, from: .awaitingSignatures, kind: .progressReview, signed: [.tutor, .ect]),
                       .submitted, "a progress review needs no headteacher")
    }

    func testAProgressReviewHasNoHeadteacherSignature() {
        XCTAssertThrowsError(try ReportWorkflow.state(after: .sign(.headteacher), from: .shared, kind: .progressReview, signed: [])) {
            XCTAssertEqual($0 as? ReportRefusal, .notNeeded(.headteacher))
        }
        XCTAssertEqual(SignerRole.required(for: .progressReview), [.tutor, .ect])
        XCTAssertEqual(SignerRole.required(for: .interimAssessment), [.tutor, .headteacher, .ect])
    }

    func testNobodySignsTwiceInOneRole() {
        XCTAssertThrowsError(try ReportWorkflow.state(after: .sign(.ect), from: .awaitingSignatures, kind: .progressReview, signed: [.ect])) {
            XCTAssertEqual($0 as? ReportRefusal, .alreadySigned(.ect))
        }
    }

    func testTheSchoolCannotEditWhileTheAppropriateBodyHasItOrOnceAccepted() {
        for state in [ReportState.submitted, .accepted] {
            XCTAssertThrowsError(try ReportWorkflow.state(after: .edit, from: state, kind: .progressReview, signed: [])) {
                XCTAssertEqual($0 as? ReportRefusal, .notInThisState(.edit, state))
            }
            XCTAssertFalse(state.isWithSchool)
        }
    }
}
