import Foundation

extension TemplateLibrary {
    /// Reads and parses every `*.html` under `directory`; `pages/ects.html` becomes `pages/ects`.
    static func load(directory: String) throws -> [String: Template] {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = files.enumerator(atPath: root) else {
            throw TemplateError(file: root, line: 0, column: 0, message: "no such template directory")
        }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".html") else { continue }
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                relativePaths.append(relative)
            }
        }
        var parsed: [String: Template] = [:]
        for relative in relativePaths.sorted() {
            let file = root + "/" + relative
            guard let data = files.contents(atPath: file) else {
                throw TemplateError(file: file, line: 0, column: 0, message: "cannot read file")
            }
            guard let source = String(validating: data, as: UTF8.self) else {
                throw TemplateError(file: file, line: 0, column: 0, message: "not valid UTF-8")
            }
            let name = String(relative.dropLast(".html".count))
            parsed[name] = try Template(name: name, file: file, source: source)
        }
        return parsed
    }
}
