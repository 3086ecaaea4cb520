import KalturaSchema

/// Chooses the handler for an action from the schema, with no per-service code for the common
/// shapes: `add`, `get`, `update`, `delete`, `list`, `count` and `getByIds` work for any
/// service. Only sessions, the system service, uploads and `addContent` have handlers of their own.
struct HandlerResolver: Sendable {
    /// The handler for `action` of `service`.
    func handler(for service: ServiceDefinition, action: ActionDefinition) -> any ActionHandler {
        let serviceId = service.id.lowercased()
        let actionName = action.name.lowercased()
        switch serviceId {
        case "session": return SessionHandler()
        case "system": return SystemHandler()
        default: break
        }
        if actionName == "upload", action.parameters.contains(where: { $0.type == .primitive(.file) }) {
            return UploadHandler()
        }
        switch actionName {
        case "add": return AddHandler()
        case "get": return GetHandler()
        case "update": return UpdateHandler()
        case "delete": return DeleteHandler()
        case "list": return ListHandler()
        case "count": return ListHandler(countsOnly: true)
        case "getbyids": return GetByIdsHandler()
        case "addcontent": return AddContentHandler()
        default: return NotImplementedHandler()
        }
    }
}
