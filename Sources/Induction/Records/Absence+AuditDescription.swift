extension Absence {
    /// "Sickness, 7 September 2026 to 13 November 2026, 30 days; ECT chooses to extend"
    var auditDescription: String {
        let choice = category.isStatutoryLeave ? (ectChoosesToExtend ? "; ECT chooses to extend" : "; ECT chooses not to extend") : ""
        let dates = start == end ? start.ukLong : "\(start.ukLong) to \(end.ukLong)"
        return "\(category.label), \(dates), \(days) \(days == 1 ? "day" : "days")\(choice)"
    }
}
