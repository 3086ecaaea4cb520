import KalturaSchema

/// Chooses the handler for an action from the schema, with no per-service code for the common
/// shapes: `add`, `get`, `update`, `delete`, `list`, `count` and `getByIds` work for any
/// service, and so does any `add…` action whose result is a class and which takes an object of
/// that class, a subclass or a base class (`media.addFromUrl`, `baseEntry.addFromUploadedFile`,
/// `media.addFromEntry`, …). Only sessions, the system service, uploads and `addContent` have
/// handlers of their own.
struct HandlerResolver: Sendable {
    /// The handler for `action` of `service`.
    func handler(for service: ServiceDefinition, action: ActionDefinition, model: EmulatorSchema) -> any ActionHandler {
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
        default:
            if let parameter = AddHandler.createdObjectParameter(of: action, model: model) {
                return AddHandler(objectParameterName: parameter.name)
            }
            return NotImplementedHandler()
        }
    }
}
