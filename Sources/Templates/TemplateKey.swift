/// A context name with its hash worked out once: where the template names it (at parse time) and where
/// a view model stores it. Lookups compare the hashes and only then the names, so names are told
/// apart by their UTF-8 (templates can only name ASCII identifiers: `TemplatePath`).
public struct TemplateKey: Sendable, Equatable {
    public let name: String
    let hash: UInt64

    public init(_ name: String) {
        self.name = name
        self.hash = Self.fnv1a(name)
    }

    public static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool {
        lhs.hash == rhs.hash && lhs.name == rhs.name
    }

    /// FNV-1a, 64 bits: a few cycles a byte for the short ASCII names of a view model, where `Hasher`'s
    /// seeded SipHash cost more than the rest of a lookup (docs/performance.md).
    private static func fnv1a(_ name: String) -> UInt64 {
        func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }
        return name.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(name.utf8)
    }
}
