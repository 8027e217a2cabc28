/// One reminder of one report: its stage, the day the stage belongs to (for the weekly reminder,
/// which week) and the working day it is sent on.
public struct ReminderOccurrence: Sendable, Hashable, CustomStringConvertible {
    public let stage: ReminderStage
    public let occursOn: CalendarDate
    public let sendOn: CalendarDate

    public init(stage: ReminderStage, occursOn: CalendarDate, sendOn: CalendarDate) {
        self.stage = stage
        self.occursOn = occursOn
        self.sendOn = sendOn
    }

    public var description: String { "\(stage.rawValue) of \(occursOn.iso) sent \(sendOn.iso)" }
}
