/// Which daily backup to take and which to delete, from the files already in the folder, today's
/// date and how many to keep: `induct-YYYY-MM-DD.sqlite`, one a day, the newest `keep` kept.
/// Files with other names are never touched.
public struct DailyBackupPlan: Sendable, Equatable {
    /// Today's file when it is missing, else nil.
    public let make: String?
    /// The oldest dated files beyond `keep`, counting today's as made.
    public let delete: [String]

    public init(existing: [String], today: CalendarDate, keep: Int) {
        precondition(keep >= 1, "keep at least one backup")
        let todays = Self.fileName(for: today)
        make = existing.contains(todays) ? nil : todays
        let dated = Set(existing.filter { Self.date(ofFileName: $0) != nil } + [todays])
        let newestFirst = dated.sorted { Self.date(ofFileName: $0)! > Self.date(ofFileName: $1)! }
        delete = Array(newestFirst.dropFirst(keep)).sorted()
    }

    public static func fileName(for date: CalendarDate) -> String {
        "induct-\(date.iso).sqlite"
    }

    /// The date a backup's file name carries, or nil for any other file.
    public static func date(ofFileName name: String) -> CalendarDate? {
        guard name.hasPrefix("induct-"), name.hasSuffix(".sqlite") else { return nil }
        let iso = name.dropFirst("induct-".count).dropLast(".sqlite".count)
        guard iso.count == 10, let date = CalendarDate(iso: String(iso)), date.iso == iso else { return nil }
        return date
    }
}
