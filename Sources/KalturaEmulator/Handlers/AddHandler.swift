import KalturaCore
import KalturaSchema

/// `add` for any service, and the `add…` actions that create an object of their result class
/// from a parameter of a related class (`media.addFromUrl(mediaEntry, url)`,
/// `baseEntry.addFromUploadedFile(entry, uploadTokenId)`, `media.addFromEntry(sourceEntryId,
/// mediaEntry)`, …): stores the sent object with the server-side fields filled in.
///
/// Read-only properties may not be sent (`PROPERTY_VALIDATION_NOT_UPDATABLE`); a client-chosen
/// id that is taken gets the action's `DUPLICATE_…` error (e.g. `DUPLICATE_USER_BY_ID`), and an
/// integer one moves the id counter past it, so generated ids never land on it.
///
/// For the other `add…` actions (``objectParameterName`` set) the rest of the call is taken in
/// as ``ContentSources`` reads it: named objects must exist; an upload token must be
/// `FULL_UPLOAD` and becomes `CLOSED` (3), attached to the new object where its class says so;
/// a source object of the same kind lends the writable fields that were not sent; and an entry
/// given content this way starts `READY` (2) instead of `NO_CONTENT` (or `PENDING` on schemas
/// without it), as if imported and converted at once.
struct AddHandler: ActionHandler {
    /// The parameter carrying the object to create; `nil` for `add`, whose object is its first
    /// object parameter that is not a filter or pager.
    var objectParameterName: String?

    /// The parameter of an `add…` action (not `add` itself) that carries the object it creates:
    /// one of the result's class, a subclass or a base class of it. `nil` when the action is no
    /// such creator.
    static func createdObjectParameter(of action: ActionDefinition, model: EmulatorSchema) -> ParameterDefinition? {
        guard action.name.lowercased().hasPrefix("add"), let result = action.result.flatMap(EmulatorSchema.className(of:)) else {
            return nil
        }
        return action.parameters.first { parameter in
            guard let name = EmulatorSchema.className(of: parameter.type) else { return false }
            return name == result || model.isClass(name, kindOf: result) && !EmulatorSchema.isGenericBase(result)
                || model.isClass(result, kindOf: name) && !EmulatorSchema.isGenericBase(name)
        }
    }

    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let access = try EntityAccess(call, model: model)
        let parameter = objectParameterName.flatMap { name in call.action.parameters.first { $0.name == name } }
        let sentObject = try access.sentObject(in: parameter)
        let sent = sentObject
        for (name, value) in sent.kalturaFields where !value.isNull {
            if model.property(name, of: sent.objectType)?.isReadOnly == true {
                throw environment.errors.make("PROPERTY_VALIDATION_NOT_UPDATABLE", "\(sent.objectType)::\(name)")
            }
        }
        let partnerId = try call.requirePartner(environment.errors)
        let builder = ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: call.userId)
        let root = model.storageRoot(of: sent.objectType)
        let duplicate = call.action.errorNames.first { $0.hasPrefix("DUPLICATE_") && environment.errors.knows($0) }
            ?? "INVALID_OBJECT_ID"
        let errors = environment.errors
        let sources = parameter.map { ContentSources(call, objectParameter: $0.name, model: model) }
        return try await environment.store.withPartner(partnerId) { space, identifiers throws(KalturaAPIError) in
            var sent = sentObject
            var tokens: [(id: String, token: KalturaObject, root: String)] = []
            for reference in sources?.references ?? [] {
                let referenced = try ContentSources.existing(reference, in: space, call: call, model: model)
                if model.isClass(reference.className, kindOf: ContentSources.uploadTokenClass) {
                    guard referenced.kalturaFields["status"]?.intValue == UploadHandler.fullUpload else {
                        throw errors.make("UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY")
                    }
                    tokens.append((reference.id, referenced, reference.root))
                } else if reference.root == root {
                    for (name, value) in referenced.kalturaFields where sent.kalturaFields[name] == nil {
                        if let property = model.property(name, of: sent.objectType), !property.isReadOnly {
                            sent.kalturaFields[name] = value
                        }
                    }
                }
            }
            var object = try builder.newObject(from: sent, root: root, identifiers: &identifiers) { space.object($0, in: root) != nil }
            let id = object.kalturaFields["id"]?.stringValue ?? String(space.collections[root]?.objects.count ?? 0)
            if sent.kalturaFields["id"] != nil, space.object(id, in: root) != nil {
                throw errors.make(duplicate, id)  // a client-chosen id that is taken
            }
            if sources?.carriesContent == true, model.hasEntryStatus(object.objectType),
               let ready = model.statusValue("READY", of: object.objectType) {
                object.kalturaFields["status"] = ready
            }
            space.store(object, id: id, in: root)
            if sent.kalturaFields["id"] != nil, let number = Int(id) { identifiers.noteInteger(number, for: root) }
            for (tokenId, token, tokenRoot) in tokens {
                var changes = KalturaObject(objectType: token.objectType, fields: ["status": .int(AddContentHandler.closedToken)])
                if model.property("attachedObjectId", of: token.objectType) != nil {
                    changes.kalturaFields["attachedObjectId"] = .string(id)
                }
                if model.property("attachedObjectType", of: token.objectType) != nil {
                    changes.kalturaFields["attachedObjectType"] = .string(object.objectType)
                }
                space.store(builder.updated(token, with: changes), id: tokenId, in: tokenRoot)
            }
            return .object(object)
        }
    }
}
