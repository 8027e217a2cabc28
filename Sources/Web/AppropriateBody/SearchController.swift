import HTTP
import Induction
import Templates

/// GET /ab/search?q=: an ECT by TRN or name, a school by URN or name, from the search box every
/// appropriate body page carries.
struct SearchController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let query = String((context.request.queryValue("q") ?? "").prefix(100))
        let results = try services.reader.search(query)
        return try pages.render("pages/ab_search", title: query.isEmpty ? "Search" : "Search results for \(query)", context: context, values: [
            "query": .string(query),
            "searched": .bool(!query.trimmingCharacters(in: .whitespaces).isEmpty),
            "ects": .list(results.ects.map { ["name": .string($0.name), "trn": .string($0.trn), "school": .string($0.schoolName),
                                              "href": .string("/ects/\($0.id)")] }),
            "hasECTs": .bool(!results.ects.isEmpty),
            "schools": .list(results.schools.map { ["name": .string($0.name), "urn": .string($0.urn), "href": .string("/schools/\($0.id)")] }),
            "hasSchools": .bool(!results.schools.isEmpty),
        ])
    }
}
