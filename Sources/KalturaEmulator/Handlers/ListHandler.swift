import KalturaCore
import OrderedCollections

/// `list` and `count` for any service: filters by naming convention, orders, pages.
///
/// Objects whose status is an entry status are listed only when `READY`, unless the filter
/// names a status or an id, as on the server.
///
/// Entry lists behave like the server's search index: no object past the first
/// `maximumListMatches` (10,000, `SphinxCriteria::MAX_MATCHES`) is reachable, and a page that
/// starts at or past it fails with `QUERY_EXCEEDED_MAX_MATCHES_ALLOWED` (`totalCount` still
/// counts every match).
struct ListHandler: ActionHandler {
    /// Whether to answer with the number of matches (`count`) rather than a list response.
    var countsOnly = false

    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let access = try EntityAccess(call, model: model)
        var query = ListQuery(filter: access.filter, pager: access.pager, isField: access.isField)
        if model.hasEntryStatus(access.entityClass),
           !query.hasCondition(onFieldStartingWith: "status"), !query.hasCondition(onFieldStartingWith: "id") {
            query.conditions.append(FilterCondition(field: "status", operator: .equal, value: .string("2")))
        }
        let partnerId = try call.requirePartner(environment.errors)
        let limit = model.hasEntryStatus(access.entityClass) ? environment.maximumListMatches : Int.max
        if !countsOnly, (query.offset ?? .max) >= limit {
            throw environment.errors.make("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED")
        }
        let countsOnly = countsOnly
        let finalQuery = query
        let (total, page) = try await environment.store.withPartner(partnerId, mutating: false) { space, _ throws(KalturaAPIError) in
            finalQuery.totalAndPage(of: space.objects(in: access.root).lazy.filter(access.isVisible), limit: countsOnly ? 0 : limit)
        }
        if countsOnly { return .int(total) }
        let responseClass = call.action.result.flatMap(EmulatorSchema.className(of:)) ?? "KalturaListResponse"
        let response = KalturaObject(objectType: responseClass, fields: [
            "objects": .array(page.map(KalturaValue.object)),
            "totalCount": .int(total),
        ])
        return .object(ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: "").ordered(response))
    }
}
