import CSodium
import XCTest
@testable import Security

final class PasswordHasherTests: XCTestCase {
    func testHashIsArgon2idWithAtLeastInteractiveLimits() throws {
        let hash = try PasswordHasher.hash("correct horse battery staple")
        XCTAssertTrue(hash.hasPrefix("$argon2id$v=19$"), hash)
        XCTAssertTrue(hash.contains("m=65536,t=2,"), hash)  // 64 MiB, 2 passes
        XCTAssertFalse(hash.contains("correct horse"))
    }

    func testVerifyAcceptsRightPasswordAndRejectsWrongOnes() throws {
        let hash = try PasswordHasher.hash("correct horse battery staple")
        XCTAssertTrue(PasswordHasher.verify("correct horse battery staple", against: hash))
        XCTAssertFalse(PasswordHasher.verify("correct horse battery stapl", against: hash))
        XCTAssertFalse(PasswordHasher.verify("Correct horse battery staple", against: hash))
        XCTAssertFalse(PasswordHasher.verify("", against: hash))
    }

    func testVerifyRejectsMalformedHashes() {
        XCTAssertFalse(PasswordHasher.verify("anything", against: ""))
        XCTAssertFalse(PasswordHasher.verify("anything", against: "$argon2id$v=19$garbage"))
        XCTAssertFalse(PasswordHasher.verify("anything", against: String(repeating: "$", count: 500)))
    }

    func testSamePasswordHashesDifferently() throws {
        let first = try PasswordHasher.hash("same password")
        let second = try PasswordHasher.hash("same password")
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(PasswordHasher.verify("same password", against: first))
        XCTAssertTrue(PasswordHasher.verify("same password", against: second))
    }

    func testEmptyAndUnusualPasswordsRoundTrip() throws {
        for password in ["", "with\u{0}nul", String(repeating: "ü", count: 128), "🔑 emoji"] {
            let hash = try PasswordHasher.hash(password)
            XCTAssertTrue(PasswordHasher.verify(password, against: hash), password)
            XCTAssertFalse(PasswordHasher.verify(password + "x", against: hash), password)
        }
        let nul = try PasswordHasher.hash("with\u{0}nul")
        XCTAssertFalse(PasswordHasher.verify("with", against: nul))  // no truncation at NUL
    }

    func testUnicodeFormsOfOnePasswordAreEquivalent() throws {
        let composed = "caf\u{E9} cr\u{E8}me"
        let decomposed = "cafe\u{301} cre\u{300}me"
        XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8))
        let hash = try PasswordHasher.hash(composed)
        XCTAssertTrue(PasswordHasher.verify(decomposed, against: hash))
    }

    func testFreshHashDoesNotNeedRehash() throws {
        XCTAssertFalse(PasswordHasher.needsRehash(try PasswordHasher.hash("fresh password")))
    }

    func testWeakerOrForeignHashesNeedRehashButStillVerify() throws {
        let weak = try cHash("old password", algorithm: crypto_pwhash_ALG_ARGON2ID13, opsLimit: 1, memLimit: 8192 * 1024)
        XCTAssertTrue(weak.hasPrefix("$argon2id$"))
        XCTAssertTrue(PasswordHasher.needsRehash(weak))
        XCTAssertTrue(PasswordHasher.verify("old password", against: weak))

        let argon2i = try cHash(
            "old password", algorithm: crypto_pwhash_ALG_ARGON2I13,
            opsLimit: UInt64(crypto_pwhash_argon2i_opslimit_interactive()),
            memLimit: crypto_pwhash_argon2i_memlimit_interactive())
        XCTAssertTrue(argon2i.hasPrefix("$argon2i$"))
        XCTAssertTrue(PasswordHasher.needsRehash(argon2i))
        XCTAssertTrue(PasswordHasher.verify("old password", against: argon2i))

        XCTAssertTrue(PasswordHasher.needsRehash("not a hash"))
    }

    /// A hash made directly through the C API, bypassing PasswordHasher's parameters.
    private func cHash(_ password: String, algorithm: Int32, opsLimit: UInt64, memLimit: Int) throws -> String {
        var output = [CChar](repeating: 0, count: crypto_pwhash_strbytes())
        let result: Int32
        if algorithm == crypto_pwhash_ALG_ARGON2I13 {
            result = crypto_pwhash_argon2i_str(&output, password, UInt64(password.utf8.count), opsLimit, memLimit)
        } else {
            result = crypto_pwhash_str(&output, password, UInt64(password.utf8.count), opsLimit, memLimit)
        }
        XCTAssertEqual(result, 0)
        return output.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
