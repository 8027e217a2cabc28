/// Everything a route can ask permission for. Each route declares one; the policy decides.
public enum Action: String, CaseIterable, Sendable {
    case viewAppropriateBodyHome
    case readOutbox
    case readAuditLog
    case decideSchoolRegistrations
    case inviteAppropriateBodyStaff
    case manageSettings
    case viewSchool
    case manageSchoolStaff
    case viewECTRecord
    case viewOwnECTRecord
    /// A school registers an ECT (new, or joining from another school).
    case registerECT
    /// The AB confirms or rejects a school's registration.
    case confirmECTRegistration
    /// Absences, working-pattern changes and leaving dates, recorded by the school.
    case recordAbsence
    case recordLeaving
    /// The school's corrections: a change of working pattern from a date, the training programme.
    case correctRecord
    /// The AB's adjustments at the end of induction (SG 3.2-3.10).
    case adjustInduction
    /// Bulk registration from a CSV file: a school for itself, or the AB for any school.
    case importECTs
    /// The AB suspends or reinstates a school and records its phase.
    case manageSchools
    /// The school's headteacher or induction lead chooses the ECT's induction tutor and mentor.
    case assignTutorAndMentor
    /// Reports (issue 9): reading one, writing the school's part, the ECT's comments, signing, and the
    /// appropriate body's decision on a submitted report.
    case viewReport
    case writeReport
    case commentOnReport
    case signReport
    case decideReport
    /// The appropriate body records pass, fail or extension and what follows (issue 10 item 3).
    case recordOutcome
    /// The appropriate body records its check of a school's school-led programme (issue 10 item 7).
    case recordProgrammeCheck
    /// The headteacher's termly report to governors (SG 2.80), numbers only.
    case viewGovernorsReport
    /// Issue 11 item 2: the ECT's tutor, headteacher or induction lead records lesson observations; the
    /// ECT's mentor logs mentor meetings; the record's readers and the ECT read both.
    case recordObservation
    case logMentorMeeting
    case viewObservations
    /// Issue 11 item 8: the whole record to take away, as JSON and as a printable page.
    case exportECTRecord
    /// The receiving appropriate body imports a transferring ECT's exported record.
    case importTransferredECT
    /// Issue 11 items 3 and 5: the ECT's concern to the AB's named contact, the AB's reply, and the
    /// ECT's page of who can see their record (SG 2.28, 2.64, 2.79).
    case raiseConcern
    case answerConcern
    case viewOwnAccessLog
}
