extension Substring {
    /// A CSV field without its surrounding double quotes or spaces.
    var trimmingQuotes: Substring {
        var field = self
        while let first = field.first, first == "\"" || first == " " || first == "\r" { field.removeFirst() }
        while let last = field.last, last == "\"" || last == " " || last == "\r" { field.removeLast() }
        return field
    }
}
