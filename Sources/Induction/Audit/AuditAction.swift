/// Every kind of change the audit trail records. Raw values are the strings stored in
/// `audit_events.action`, so they never change; a stored action this build does not know still
/// reads (see `AuditEvent.actionName`).
public enum AuditAction: String, CaseIterable, Sendable {
    case absenceCorrected = "absence.corrected"
    case absenceDeleted = "absence.deleted"
    case absenceRecorded = "absence.recorded"
    case absenceThresholdReached = "absence.threshold_reached"
    case appropriateBodyUpdated = "appropriate_body.updated"
    case csrfRejected = "csrf.rejected"
    case demoAccountsSeeded = "demo.accounts_seeded"
    case demoSeeded = "demo.seeded"
    case demoStaffAssigned = "demo.staff_assigned"
    case ectLeavingRecorded = "ect.leaving_recorded"
    case ectMentorChanged = "ect.mentor_changed"
    case ectProgrammeChanged = "ect.programme_changed"
    case ectRegistered = "ect.registered"
    case ectTutorChanged = "ect.tutor_changed"
    case ectWorkingPatternChanged = "ect.working_pattern_changed"
    case ectRegistrationConfirmed = "ect_registration.confirmed"
    case ectRegistrationInvitationSkipped = "ect_registration.invitation_skipped"
    case ectRegistrationRejected = "ect_registration.rejected"
    case ectRegistrationWithdrawn = "ect_registration.withdrawn"
    case ectsImported = "ects.imported"
    case formRejected = "form.rejected"
    case inductionExtended = "induction.extended"
    case inductionReduced = "induction.reduced"
    case invitationAccepted = "invitation.accepted"
    case passwordChangeFailed = "password.change_failed"
    case passwordChanged = "password.changed"
    case passwordReset = "password.reset"
    case passwordResetRequested = "password_reset.requested"
    case permissionDenied = "permission.denied"
    case roleGranted = "role.granted"
    case roleRevoked = "role.revoked"
    case roleSwitched = "role.switched"
    case schoolPhaseChanged = "school.phase_changed"
    case schoolReinstated = "school.reinstated"
    case schoolSuspended = "school.suspended"
    case schoolRegistrationAuthorised = "school_registration.authorised"
    case schoolRegistrationRejected = "school_registration.rejected"
    case schoolRegistrationRequested = "school_registration.requested"
    case secondFactorCodeSent = "second_factor.code_sent"
    case secondFactorDisabled = "second_factor.disabled"
    case secondFactorEnabled = "second_factor.enabled"
    case secondFactorFailed = "second_factor.failed"
    case secondFactorVerified = "second_factor.verified"
    case settingsChanged = "settings.changed"
    case signInFailed = "sign_in.failed"
    case signInSucceeded = "sign_in.succeeded"
    case signInThrottled = "sign_in.throttled"
    case signedOut = "signed_out"
    case termDatesReset = "term_dates.reset"
    case termDatesUpdated = "term_dates.updated"
    case userInvited = "user.invited"

    /// The change of tutor or mentor on an ECT's record.
    public static func staffChanged(_ role: AssignmentRole) -> AuditAction {
        switch role {
        case .tutor: .ectTutorChanged
        case .mentor: .ectMentorChanged
        }
    }
}
