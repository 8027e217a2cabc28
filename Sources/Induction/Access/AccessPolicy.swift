/// Deny by default: an action is allowed only where a rule below says so, for the role the person
/// is acting in now. docs/permissions.md is this table in words; keep them together.
public enum AccessPolicy {
    public static func allows(_ principal: Principal?, _ action: Action, _ scope: Scope) -> Bool {
        guard let principal, principal.user.active else { return false }
        let grant = principal.active
        switch (action, scope) {
        case (.viewAppropriateBodyHome, .appropriateBody):
            return grant.role.isAppropriateBodyStaff
        case (.readOutbox, .appropriateBody), (.readAuditLog, .appropriateBody), (.decideSchoolRegistrations, .appropriateBody),
             (.inviteAppropriateBodyStaff, .appropriateBody), (.manageSettings, .appropriateBody):
            return grant.role == .abAdmin
        case (.viewSchool, .school(let schoolID)):
            return grant.role.isAppropriateBodyStaff || (grant.schoolID == schoolID && grant.role != .ect)
        case (.viewGovernorsReport, .school(let schoolID)):
            return grant.role.isAppropriateBodyStaff || (grant.schoolID == schoolID && [.headteacher, .inductionLead].contains(grant.role))
        case (.manageSchoolStaff, .school(let schoolID)):
            return grant.schoolID == schoolID && (grant.role == .headteacher || grant.role == .inductionLead)
        case (.viewECTRecord, .ect(let ectID, let schoolID)):
            // School administrators register ECTs but never read reviews or assessments (domain.md).
            // Item 11: a mentor opens only their mentees' records.
            if grant.role == .mentor { return grant.schoolID == schoolID && principal.menteeIDs.contains(ectID) }
            return grant.role.isAppropriateBodyStaff
                || (grant.schoolID == schoolID && [.headteacher, .inductionLead, .inductionTutor].contains(grant.role))
        case (.viewECTRecord, .formerSchoolECT(_, let schoolID)):
            // The school an ECT left keeps its own period, read only: nothing else allows this scope.
            return grant.schoolID == schoolID && [.headteacher, .inductionLead].contains(grant.role)
        case (.exportECTRecord, .ect(let ectID, let schoolID)):
            // UK GDPR Art. 15: the ECT has their own record; the school's leaders hand it on at a move.
            return grant.role.isAppropriateBodyStaff || (grant.role == .ect && grant.ectID == ectID)
                || (grant.schoolID == schoolID && [.headteacher, .inductionLead].contains(grant.role))
        case (.importTransferredECT, .appropriateBody):
            return grant.role.isAppropriateBodyStaff
        case (.viewOwnECTRecord, .ect(let ectID, _)), (.raiseConcern, .ect(let ectID, _)), (.viewOwnAccessLog, .ect(let ectID, _)):
            // SG 2.28, 2.64: a concern goes to the AB's named contact; no school role may raise or read one.
            return grant.role == .ect && grant.ectID == ectID
        case (.registerECT, .school(let schoolID)):
            return grant.schoolID == schoolID && [.headteacher, .inductionLead, .schoolAdmin].contains(grant.role)
        case (.confirmECTRegistration, .appropriateBody), (.adjustInduction, .ect), (.importECTs, .appropriateBody),
             (.answerConcern, .appropriateBody), (.recordOutcome, .ect), (.recordOutcome, .appropriateBody),
             (.recordProgrammeCheck, .appropriateBody):
            return grant.role.isAppropriateBodyStaff
        case (.importECTs, .school(let schoolID)):
            return grant.schoolID == schoolID && [.headteacher, .inductionLead, .schoolAdmin].contains(grant.role)
        case (.manageSchools, .appropriateBody):
            return grant.role == .abAdmin
        case (.assignTutorAndMentor, .ect(_, let schoolID)):
            return grant.schoolID == schoolID && [.headteacher, .inductionLead].contains(grant.role)
        case (.recordAbsence, .ect(_, let schoolID)), (.recordLeaving, .ect(_, let schoolID)), (.correctRecord, .ect(_, let schoolID)):
            // SG 3.6: the headteacher tells the AB of absence; the induction lead acts for them.
            return grant.schoolID == schoolID && [.headteacher, .inductionLead].contains(grant.role)
        case (.viewReport, .report(_, let ectID, let schoolID, let ectSchoolID, let isDraft)):
            // School administrators never read reports; the mentor and the ECT read them once shared (SG 2.45).
            if grant.role.isAppropriateBodyStaff { return !isDraft }
            if grant.role == .ect { return grant.ectID == ectID && !isDraft }
            if grant.role == .mentor { return grant.schoolID == schoolID && principal.menteeIDs.contains(ectID) && !isDraft }
            return [schoolID, ectSchoolID].contains(grant.schoolID) && [.headteacher, .inductionLead, .inductionTutor].contains(grant.role)
        case (.writeReport, .ect(_, let schoolID)), (.writeReport, .report(_, _, let schoolID, _, _)):
            // The ECT's tutor or the headteacher writes (the verbs check it is this ECT's tutor).
            return grant.schoolID == schoolID && [.headteacher, .inductionTutor].contains(grant.role)
        case (.commentOnReport, .report(_, let ectID, _, _, let isDraft)):
            return grant.role == .ect && grant.ectID == ectID && !isDraft
        case (.signReport, .report(_, let ectID, let schoolID, _, let isDraft)):
            if grant.role == .ect { return grant.ectID == ectID && !isDraft }
            return grant.schoolID == schoolID && [.headteacher, .inductionTutor].contains(grant.role)
        case (.decideReport, .report(_, _, _, _, let isDraft)):
            return grant.role.isAppropriateBodyStaff && !isDraft
        case (.recordObservation, .ect(_, let schoolID)):
            // The verb checks that a tutor is this ECT's tutor.
            return grant.schoolID == schoolID && [.headteacher, .inductionLead, .inductionTutor].contains(grant.role)
        case (.logMentorMeeting, .ect(let ectID, let schoolID)):
            return grant.role == .mentor && grant.schoolID == schoolID && principal.menteeIDs.contains(ectID)
        case (.viewObservations, .ect(let ectID, let schoolID)):
            // School administrators never read them; the ECT reads their own.
            if grant.role == .ect { return grant.ectID == ectID }
            return allows(principal, .viewECTRecord, .ect(id: ectID, schoolID: schoolID))
        default:
            return false
        }
    }
}
