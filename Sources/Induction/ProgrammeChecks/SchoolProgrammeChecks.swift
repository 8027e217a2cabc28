/// One school's programme checks, newest year first, and how many of its ECTs in induction are on a
/// school-led programme (the ones the check is for).
public struct SchoolProgrammeChecks: Sendable, Equatable {
    public let schoolID: Int
    public let schoolName: String
    public let checks: [ProgrammeCheck]
    public let schoolLedECTs: Int

    public func check(for year: AcademicYear) -> ProgrammeCheck? { checks.first { $0.year == year } }
}
