/// Issue 9 item 4's limits on evidence. The schema holds the same numbers (Migration012's CHECKs
/// and triggers), so a change here needs a migration too.
public enum EvidenceLimits {
    /// 10 MB a file.
    public static let maxFileBytes = 10 * 1024 * 1024
    /// 50 MB of live files a report.
    public static let maxReportBytes = 50 * 1024 * 1024
    /// Characters (Unicode scalars, as SQLite's length() counts them) in a stored file name.
    public static let maxFileNameLength = 200

    /// A size as people read it: "812 bytes", "34 KB", "2.5 MB".
    public static func describe(_ byteCount: Int) -> String {
        if byteCount < 1024 { return byteCount == 1 ? "1 byte" : "\(byteCount) bytes" }
        if byteCount < 1024 * 1024 { return "\((byteCount + 512) / 1024) KB" }
        let tenths = (byteCount * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
