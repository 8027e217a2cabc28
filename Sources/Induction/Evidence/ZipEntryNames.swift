/// The entry names of a ZIP archive, read from its central directory (or, when that cannot be
/// found, from its local file headers) with every offset checked against the bytes, so a truncated
/// or hostile archive gives fewer names, never a crash. No decompression: only names are needed.
enum ZipEntryNames {
    private static let endOfDirectory: UInt32 = 0x0605_4B50
    private static let directoryHeader: UInt32 = 0x0201_4B50
    private static let localHeader: UInt32 = 0x0403_4B50
    /// The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
    private static let endRecordSize = 22

    static func of(_ bytes: [UInt8]) -> Set<String> {
        let fromDirectory = centralDirectory(bytes)
        return fromDirectory.isEmpty ? localHeaders(bytes) : fromDirectory
    }

    private static func centralDirectory(_ bytes: [UInt8]) -> Set<String> {
        guard bytes.count >= endRecordSize else { return [] }
        let lowest = max(0, bytes.count - endRecordSize - 0xFFFF)
        var end = bytes.count - endRecordSize
        while end >= lowest, uint32(bytes, end) != endOfDirectory { end -= 1 }
        guard end >= lowest, let entries = uint16(bytes, end + 10), let start = uint32(bytes, end + 16) else { return [] }
        var names: Set<String> = []
        var offset = Int(start)
        for _ in 0..<entries {
            guard uint32(bytes, offset) == directoryHeader, let nameLength = uint16(bytes, offset + 28),
                  let extraLength = uint16(bytes, offset + 30), let commentLength = uint16(bytes, offset + 32),
                  let name = text(bytes, offset + 46, nameLength) else { break }
            names.insert(name)
            offset += 46 + nameLength + extraLength + commentLength
        }
        return names
    }

    private static func localHeaders(_ bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var offset = 0
        while uint32(bytes, offset) == localHeader, let flags = uint16(bytes, offset + 6),
              let compressed = uint32(bytes, offset + 18), let nameLength = uint16(bytes, offset + 26),
              let extraLength = uint16(bytes, offset + 28), let name = text(bytes, offset + 30, nameLength) {
            names.insert(name)
            // With a data descriptor (flag bit 3) the local header's size is zero: the next header
            // cannot be found without the central directory.
            guard flags & 0x0008 == 0 else { break }
            offset += 30 + nameLength + extraLength + Int(compressed)
        }
        return names
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    private static func text(_ bytes: [UInt8], _ offset: Int, _ length: Int) -> String? {
        guard offset >= 0, length >= 0, offset <= bytes.count - length else { return nil }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }
}
