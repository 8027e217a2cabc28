/// design.md: 10 to 128 characters, no composition rules, and not one of the most common passwords.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 128

    /// A message for people, or nil when the password is acceptable.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "Password must be \(minimumLength) characters or more" }
        if password.count > maximumLength { return "Password must be \(maximumLength) characters or fewer" }
        if commonPasswords.contains(password.lowercased()) {
            return "Password is too common. Try a phrase of three or four unrelated words"
        }
        return nil
    }

    /// The most common passwords of 10 or more characters in public breach lists.
    static let commonPasswords: Set<String> = [
        "1234567890", "0123456789", "12345678910", "123456789a", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop",
        "password12", "password123", "password1234", "passw0rd123", "iloveyou12", "qwerty1234", "qwerty12345",
        "qwerty123456", "abcdefghij", "abc1234567", "1111111111", "0000000000", "9876543210", "aaaaaaaaaa",
        "football12", "princess12", "sunshine12", "welcome123", "welcome1234", "letmein123", "changeme123",
        "administrator", "admin12345", "trustno1234", "monkey1234", "dragon1234", "baseball123", "superman123",
        "teacher123", "teacher1234", "school1234", "headteacher", "password!!", "p@ssword123", "p@ssw0rd123",
        "1q2w3e4r5t6y", "zaq12wsxcde", "asdfghjkl1", "zxcvbnm123", "qazwsxedcrfv",
    ]
}
