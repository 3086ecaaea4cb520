import Foundation
import Kaltura
import KalturaSchema

/// Turns `kaltura call`'s (and `kaltura shell`'s) `key=value` arguments into a ``KalturaCall``:
/// kalcli-style fields, grouped on `:`, and `key=@path` for the action's `file` parameters, which
/// reads the file.
enum CallParameters {
    /// Checks the form of an action name and its parameters, before any schema is at hand.
    ///
    /// - Throws: ``CommandFailure`` saying what is malformed: an action that is not
    ///   `SERVICE.ACTION` or `PLUGIN.SERVICE.ACTION`, or a parameter that is not `key=value`.
    static func validate(_ action: String, parameters: [String]) throws(CommandFailure) {
        guard KalturaCall(action) != nil else {
            throw CommandFailure("'\(action)' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION")
        }
        for parameter in parameters where !parameter.contains("=") {
            throw CommandFailure("'\(parameter)' is not key=value")
        }
    }

    /// The call `action` with `parameters`, reading a file for each `file` parameter given as `@path`.
    ///
    /// - Throws: ``CommandFailure`` naming the parameter when a file cannot be read.
    static func call(_ action: String, parameters: [String], schema: Schema) throws -> KalturaCall {
        var call = KalturaCall(action)!
        let definition = Self.action(of: call, in: schema)
        var fields: [KalturaForm.Field] = []
        for parameter in parameters {
            let equals = parameter.firstIndex(of: "=")!
            let field = KalturaForm.Field(name: String(parameter[..<equals]), value: String(parameter[parameter.index(after: equals)...]))
            guard field.value.hasPrefix("@"), definition?.parameter(named: field.name)?.type == .primitive(.file) else {
                fields.append(field)
                continue
            }
            do {
                call.files[field.name] = try KalturaFile(contentsOf: URL(fileURLWithPath: String(field.value.dropFirst())))
            } catch {
                throw CommandFailure("\(field.name): \(error)")
            }
        }
        call.arguments = KalturaForm.group(fields).map { KalturaCall.Argument(label: $0.key, value: $0.value) }
        return call
    }

    /// The action a call names, when the schema has it.
    static func action(of call: KalturaCall, in schema: Schema) -> ActionDefinition? {
        schema.action(named: ActionName(service: call.service, action: call.action))?.action
    }
}
