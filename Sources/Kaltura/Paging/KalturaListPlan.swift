import KalturaSchema
import OrderedCollections

/// How to walk every object of one list call, worked out from the schema before the first page:
/// which parameters are the filter and the pager, and whether the filter can move a `createdAt`
/// bound past the server's 10,000-match cap.
struct KalturaListPlan: Sendable {
    /// How pages are requested.
    enum Mode: Sendable, Equatable {
        /// `pageIndex` 1, 2, 3, … in the caller's order: complete unless the server caps matches.
        case pageIndex
        /// Ordered by `+createdAt`; each query starts at the last `createdAt` seen
        /// (`createdAtGreaterThanOrEqual`), objects already returned are dropped, and `pageIndex`
        /// grows only while a whole page shares one `createdAt`. Not limited by the cap.
        case createdAtCursor
    }

    /// The call as written, for messages.
    let displayName: String
    /// Every argument by parameter name, without the pager.
    let arguments: OrderedDictionary<String, KalturaValue>
    /// The filter parameter's name, when the action has one.
    let filterParameter: String?
    /// The filter's class: the `objectType` given, else the parameter's declared class.
    let filterClass: String?
    /// The pager parameter's name.
    let pagerParameter: String
    /// Objects per page.
    let pageSize: Int
    /// How pages are requested.
    let mode: Mode
    /// Why the cursor cannot be used, when it cannot: the reason given if the cap stops a walk.
    let cursorUnavailableReason: String?

    /// The page size servers accept at most; larger requests get this many.
    static let maximumPageSize = 500

    /// The plan for `call`.
    ///
    /// - Throws: ``KalturaClientError/unsupportedAction(call:reason:)`` when the action is not a
    ///   list action (no `*ListResponse` result with an `objects` array, or no pager parameter),
    ///   and ``KalturaValidationError`` for arguments that cannot be bound to its parameters.
    init(call: KalturaCall, schema: Schema, pageSize: Int) throws {
        displayName = call.displayName
        let binder = KalturaCallBinder(schema: schema)
        var issues: [KalturaValidationIssue] = []
        let target = binder.resolve(call, issues: &issues)
        guard let action = target.action else {
            throw KalturaValidationError(call: displayName, issues: issues)
        }
        var bound = binder.bind(call.arguments, files: call.files, to: action, issues: &issues)
        if !issues.isEmpty { throw KalturaValidationError(call: displayName, issues: issues) }

        guard let resultClass = action.result?.referencedName,
              schema.properties(of: resultClass).contains(where: { $0.name == "objects" })
                || resultClass.hasSuffix("ListResponse")
        else {
            throw KalturaClientError.unsupportedAction(
                call: displayName, reason: "it does not return a list response (a class with an objects array), so it has no pages to walk")
        }
        let isPager = { (parameter: ParameterDefinition) -> Bool in
            guard case .object(let name) = parameter.type else { return false }
            return schema.isClass(name, kindOf: "KalturaFilterPager") || name == "KalturaFilterPager"
        }
        guard let pager = action.parameters.first(where: isPager) else {
            throw KalturaClientError.unsupportedAction(
                call: displayName, reason: "it has no pager parameter (a KalturaFilterPager), so its pages cannot be requested")
        }
        pagerParameter = pager.name
        let callerPager = bound.removeValue(forKey: pager.name)
        let requested = callerPager?["pageSize"]?.intValue ?? pageSize
        self.pageSize = max(1, min(requested, Self.maximumPageSize))
        arguments = bound

        let filter = action.parameters.first { parameter in
            guard !isPager(parameter), case .object(let name) = parameter.type else { return false }
            return parameter.name == "filter" || name.hasSuffix("Filter")
        }
        filterParameter = filter?.name
        let givenFilter = filter.flatMap { bound[$0.name] }
        filterClass = givenFilter?["objectType"]?.stringValue ?? filter?.type.referencedName

        let unavailable = Self.cursorUnavailableReason(filterClass: filterClass, filter: givenFilter, schema: schema)
        cursorUnavailableReason = unavailable
        mode = unavailable == nil ? .createdAtCursor : .pageIndex
    }

    /// The call for one page.
    func pageCall(of call: KalturaCall, pageIndex: Int, createdAtBound: KalturaValue?) -> KalturaCall {
        var arguments = self.arguments
        if mode == .createdAtCursor, let filterParameter {
            var filter = arguments[filterParameter].flatMap(Self.fields(of:)) ?? [:]
            if filter["objectType"] == nil, let filterClass { filter.updateValue(.string(filterClass), forKey: "objectType", insertingAt: 0) }
            filter["orderBy"] = "+createdAt"
            if let createdAtBound {
                filter["createdAtGreaterThanOrEqual"] = Self.later(of: filter["createdAtGreaterThanOrEqual"], createdAtBound)
            }
            arguments[filterParameter] = .map(filter)
        }
        arguments[pagerParameter] = .map(["objectType": "KalturaFilterPager", "pageSize": .int(pageSize), "pageIndex": .int(pageIndex)])
        return KalturaCall(service: call.service, action: call.action,
                           arguments: arguments.map { KalturaCall.Argument(label: $0.key, value: $0.value) }, files: call.files)
    }

    private static func cursorUnavailableReason(filterClass: String?, filter: KalturaValue?, schema: Schema) -> String? {
        guard let filterClass else { return "the action has no filter" }
        guard schema.property("createdAtGreaterThanOrEqual", of: filterClass) != nil else {
            return "its filter \(filterClass) has no createdAtGreaterThanOrEqual to move past them"
        }
        guard let orderBy = schema.property("orderBy", of: filterClass) else {
            return "its filter \(filterClass) has no orderBy to sort by createdAt"
        }
        if case .enumeration(let name, _) = orderBy.type, let enumeration = schema.enumeration(named: name),
           !enumeration.constants.contains(where: { $0.value == "+createdAt" }) {
            return "its filter's orderBy (\(name)) cannot sort by +createdAt"
        }
        if let order = filter?["orderBy"]?.stringValue, !order.isEmpty, order != "+createdAt" {
            return "the filter asks for orderBy \(order), and only +createdAt lets a walk move past them"
        }
        return nil
    }

    private static func fields(of value: KalturaValue) -> OrderedDictionary<String, KalturaValue>? {
        switch value {
        case .map(let fields): return fields
        case .object(let object):
            var fields = object.kalturaFields
            fields.updateValue(.string(object.objectType), forKey: "objectType", insertingAt: 0)
            return fields
        default: return nil
        }
    }

    private static func later(of given: KalturaValue?, _ bound: KalturaValue) -> KalturaValue {
        guard let given, let old = given.intValue, let new = bound.intValue else { return bound }
        return old > new ? given : bound
    }
}
