/// A problem in a schema that does not stop it from loading: the registry keeps what it can and says what it could not.
public struct SchemaDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem was found.
    public enum Kind: Sendable, Hashable {
        /// A type, enum or array element name that the schema references but never defines.
        /// `referencedBy` lists where, e.g. `media.exportToCsv(data)` or `KalturaFoo.bar`.
        case unresolvedType(name: String, referencedBy: [String])
        /// A class's `base` names a class the schema does not define; it is treated as a root class.
        case unresolvedBaseClass(className: String, baseName: String)
        /// Following `base` from a class comes back to it; the cycle is cut at `className`.
        case inheritanceCycle(className: String)
        /// Two definitions share a name; lookups return the first, both stay listed.
        case duplicateDefinition(kind: String, name: String)
        /// An action's `<throws>` names an error missing from the error catalogue.
        case undeclaredError(name: String, action: String)
        /// An element lacks an attribute it needs; the element is kept with an empty value.
        case missingAttribute(element: String, attribute: String, line: Int)
        /// An attribute holds a value the loader does not understand; a default was used.
        case unexpectedAttributeValue(element: String, attribute: String, value: String, line: Int)
        /// An element the loader does not know; it was skipped along with its children.
        case unknownElement(name: String, parent: String, line: Int)
    }

    /// The problem.
    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .unresolvedType(let name, let referencedBy):
            let places = referencedBy.prefix(3).joined(separator: ", ")
            let more = referencedBy.count > 3 ? " and \(referencedBy.count - 3) more" : ""
            return "type \(name) is referenced but not defined (by \(places)\(more))"
        case .unresolvedBaseClass(let className, let baseName):
            return "class \(className) extends \(baseName), which is not defined; treated as a root class"
        case .inheritanceCycle(let className):
            return "class \(className) is part of an inheritance cycle; its base was ignored"
        case .duplicateDefinition(let kind, let name):
            return "\(kind) \(name) is defined more than once; the first definition is used"
        case .undeclaredError(let name, let action):
            return "\(action) throws \(name), which the error catalogue does not define"
        case .missingAttribute(let element, let attribute, let line):
            return "line \(line): <\(element)> has no \(attribute) attribute"
        case .unexpectedAttributeValue(let element, let attribute, let value, let line):
            return "line \(line): <\(element)> \(attribute)=\"\(value.prefix(40))\" is not understood; the default was used"
        case .unknownElement(let name, let parent, let line):
            return "line \(line): unknown element <\(name)> inside <\(parent)> was skipped"
        }
    }
}
