import CSodium

/// Unpadded base64url (RFC 4648 §5) through `sodium_bin2base64`.
enum Base64URL {
    static func encode(_ bytes: [UInt8]) -> String {
        Sodium.ensureInitialised()
        let variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING
        var output = [CChar](repeating: 0, count: sodium_base64_encoded_len(bytes.count, variant))
        bytes.withUnsafeBufferPointer {
            _ = sodium_bin2base64(&output, output.count, $0.baseAddress, $0.count, variant)
        }
        return output.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
