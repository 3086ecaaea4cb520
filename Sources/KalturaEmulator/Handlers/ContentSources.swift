import KalturaCore
import KalturaSchema

/// What an `add…` action other than `add` (`media.addFromUrl`, `media.addFromUploadedFile`,
/// `media.addFromEntry`, …) gives besides the object it creates, read from its signature:
///
/// - *references*: string parameters whose name, without `Id` and a leading `source`, names a
///   class of the schema (`uploadTokenId` → `KalturaUploadToken`, `sourceEntryId` →
///   `KalturaBaseEntry`, `sourceFlavorAssetId` → `KalturaFlavorAsset`). The object must exist;
///   an upload token must hold a complete file;
/// - whether the call *carries content* at all: a reference, or any other parameter sent
///   (`url`, `searchResult`, `webcamTokenId`).
struct ContentSources: Sendable {
    /// A parameter naming another object.
    struct Reference: Sendable {
        /// The parameter's name.
        let parameter: String
        /// The id it carries.
        let id: String
        /// The class it names.
        let className: String
        /// Where objects of that class are stored.
        let root: String
    }

    static let uploadTokenClass = "KalturaUploadToken"

    let references: [Reference]
    let carriesContent: Bool

    init(_ call: ActionCall, objectParameter: String, model: EmulatorSchema) {
        var references: [Reference] = []
        var carriesContent = false
        for parameter in call.action.parameters where parameter.name != objectParameter {
            guard let value = call.parameters[parameter.name], value != .null else { continue }
            if parameter.type == .primitive(.string), let id = value.stringValue, !id.isEmpty,
               let className = Self.referencedClass(ofParameter: parameter.name, model: model) {
                references.append(Reference(parameter: parameter.name, id: id, className: className,
                                            root: model.storageRoot(of: className)))
            }
            carriesContent = true
        }
        self.references = references
        self.carriesContent = carriesContent || !call.files.isEmpty
    }

    /// The class a parameter such as `uploadTokenId` or `sourceEntryId` names, if the schema
    /// defines it (as `Kaltura<Stem>` or `KalturaBase<Stem>`).
    static func referencedClass(ofParameter name: String, model: EmulatorSchema) -> String? {
        guard name.hasSuffix("Id"), name.count > 2 else { return nil }
        var stem = Substring(name.dropLast(2))
        if stem.hasPrefix("source"), stem.count > "source".count { stem = stem.dropFirst("source".count) }
        let capitalized = stem.prefix(1).uppercased() + stem.dropFirst()
        return ["Kaltura" + capitalized, "KalturaBase" + capitalized].first { model.defines($0) }
    }

    /// The object a reference names, or the error the server gives for an unknown one.
    static func existing(_ reference: Reference, in space: PartnerSpace, call: ActionCall, model: EmulatorSchema)
        throws(KalturaAPIError) -> KalturaObject
    {
        if let object = space.object(reference.id, in: reference.root), model.isClass(object.objectType, kindOf: reference.className) {
            return object
        }
        let errors = model.errors
        if model.isClass(reference.className, kindOf: Self.uploadTokenClass) {
            throw errors.make(errors.catalogueLists("UPLOADED_FILE_NOT_FOUND_BY_TOKEN")
                              ? "UPLOADED_FILE_NOT_FOUND_BY_TOKEN" : "UPLOAD_TOKEN_NOT_FOUND", reference.id)
        }
        let stems = EmulatorSchema.errorStems(of: reference.className)
        let declared = call.action.errorNames.filter { $0.hasSuffix("NOT_FOUND") && errors.knows($0) }
        if let name = declared.first(where: { name in stems.contains { name.hasPrefix($0 + "_") } }) {
            throw errors.make(name, reference.id)
        }
        for stem in stems {
            for candidate in ["\(stem)_ID_NOT_FOUND", "\(stem)_NOT_FOUND"] where errors.knows(candidate) {
                throw errors.make(candidate, reference.id)
            }
        }
        throw errors.make("INVALID_OBJECT_ID", reference.id)
    }
}
