/// The named values of one template context, in the order they were first given. A context holds a few
/// dozen names at most, so a scan of precomputed hashes finds one faster than a `Dictionary`, which
/// hashes the name again on every lookup, and building one is a single array (docs/performance.md).
public struct TemplateFields: Sendable {
    struct Field: Sendable {
        let key: TemplateKey
        var value: TemplateValue
    }

    private(set) var fields: [Field]

    public init() { fields = [] }

    public init(minimumCapacity: Int) {
        fields = []
        fields.reserveCapacity(minimumCapacity)
    }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }
    public var keys: [String] { fields.map(\.key.name) }

    func index(of key: TemplateKey) -> Int? {
        fields.firstIndex { $0.key.hash == key.hash && $0.key.name == key.name }
    }

    subscript(key: TemplateKey) -> TemplateValue? {
        guard let index = index(of: key) else { return nil }
        return fields[index].value
    }

    /// Setting nil removes the name; setting a name already present replaces its value in place.
    public subscript(name: String) -> TemplateValue? {
        get { self[TemplateKey(name)] }
        set { set(TemplateKey(name), newValue) }
    }

    mutating func set(_ key: TemplateKey, _ value: TemplateValue?) {
        let index = index(of: key)
        switch (index, value) {
        case (let index?, let value?): fields[index].value = value
        case (let index?, nil): fields.remove(at: index)
        case (nil, let value?): fields.append(Field(key: key, value: value))
        case (nil, nil): break
        }
    }

    public mutating func merge(_ other: TemplateFields,
                               uniquingKeysWith combine: (TemplateValue, TemplateValue) throws -> TemplateValue) rethrows {
        fields.reserveCapacity(fields.count + other.fields.count)
        for field in other.fields {
            if let index = index(of: field.key) {
                fields[index].value = try combine(fields[index].value, field.value)
            } else {
                fields.append(field)
            }
        }
    }

    public func merging(_ other: TemplateFields,
                        uniquingKeysWith combine: (TemplateValue, TemplateValue) throws -> TemplateValue) rethrows -> TemplateFields {
        var merged = self
        try merged.merge(other, uniquingKeysWith: combine)
        return merged
    }
}

extension TemplateFields: ExpressibleByDictionaryLiteral {
    /// As with a `Dictionary` literal built with "last wins", a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = []
        fields.reserveCapacity(elements.count)
        for (name, value) in elements { set(TemplateKey(name), value) }
    }
}

extension TemplateFields: Equatable {
    /// The same names with equal values, in any order, as two dictionaries compare.
    public static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool {
        lhs.count == rhs.count && lhs.fields.allSatisfy { rhs[$0.key] == $0.value }
    }
}
