import KalturaCore

/// Gives a JSON (and JSONP) response the shape servers of one era wrote: which objects carry
/// `objectType`, and whether an error is `{"code","message"}` or a full `KalturaAPIException`.
///
/// Today's shape (every object typed, full exceptions) needs no change; ``needsShaping`` is
/// false for it and the encoder writes the result as it is.
struct EraJSONShaper: Sendable {
    let era: KalturaServerEra

    /// Whether the era's JSON differs from today's.
    var needsShaping: Bool { era.objectTyping != .everyObject || era.errorShape != .apiException }

    /// The value to write for `result`: objects turned into plain maps where the era has no
    /// `objectType` on them, errors in the era's shape. Each item of a multirequest is shaped
    /// as a top-level value, as the server wrote them one by one.
    func shape(_ result: KalturaResult) -> KalturaValue {
        switch result {
        case .success(let value):
            return shape(value, isTopLevel: true)
        case .failure(let error):
            return shape(error)
        case .multiple(let items):
            return .array(items.map(shape))
        }
    }

    private func shape(_ error: KalturaAPIError) -> KalturaValue {
        switch era.errorShape {
        case .apiException:
            return error.kalturaValue
        case .codeAndMessage:
            return .map(["code": .string(error.code), "message": .string(error.message)])
        }
    }

    private func shape(_ value: KalturaValue, isTopLevel: Bool) -> KalturaValue {
        switch value {
        case .object(let object):
            let fields = object.kalturaFields.mapValues { shape($0, isTopLevel: false) }
            let keepsType = era.objectTyping == .everyObject || (isTopLevel && era.objectTyping == .topLevel)
            return keepsType ? .object(KalturaObject(objectType: object.objectType, fields: fields)) : .map(fields)
        case .array(let elements):
            return .array(elements.map { shape($0, isTopLevel: false) })
        case .map(let entries):
            return .map(entries.mapValues { shape($0, isTopLevel: false) })
        case .null, .bool, .int, .float, .string:
            return value
        }
    }
}
