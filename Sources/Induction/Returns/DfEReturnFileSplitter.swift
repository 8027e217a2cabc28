/// Deals a return's rows into files the DfE's service accepts: at most 1,000 rows and 100 KB a file
/// (counted as 100,000 bytes, header included, so either reading of "KB" holds) and no TRN twice in
/// one file. Rows keep their order; a row goes into the first file with room that does not hold its
/// TRN yet, so a second period of one teacher goes into the next file.
public enum DfEReturnFileSplitter {
    public static let maximumRows = 1_000
    public static let maximumBytes = 100_000

    public static func split(_ rows: [DfEReturnRow], kind: DfEReturnKind) -> [DfEReturnFile] {
        let headerBytes = DfECSV.line(kind.header).utf8.count
        var files: [(rows: [DfEReturnRow], trns: Set<String>, bytes: Int)] = []
        for row in rows {
            let bytes = DfECSV.line(row.fields).utf8.count
            if let index = files.firstIndex(where: {
                $0.rows.count < maximumRows && $0.bytes + bytes <= maximumBytes && !$0.trns.contains(row.trn)
            }) {
                files[index].rows.append(row)
                files[index].trns.insert(row.trn)
                files[index].bytes += bytes
            } else {
                files.append(([row], [row.trn], headerBytes + bytes))
            }
        }
        return files.map { DfEReturnFile(kind: kind, rows: $0.rows) }
    }
}
