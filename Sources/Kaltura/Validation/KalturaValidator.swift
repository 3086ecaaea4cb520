import KalturaSchema

/// Checks normalized argument values against the schema and collects every problem, each with
/// its path: types, int enum values, classes and their properties, read-only and insert-only
/// properties on add and update, and declared length and range limits.
struct KalturaValidator {
    /// What kind of action the values are sent to, which decides the read-only and insert-only rules.
    enum Purpose {
        /// `add…` actions: read-only properties are refused.
        case insert
        /// `update…` actions: read-only and insert-only properties are refused.
        case update
        /// Everything else (filters, pagers, …): no property is refused.
        case other

        init(actionName: String) {
            let lowered = actionName.lowercased()
            if lowered.hasPrefix("add") {
                self = .insert
            } else if lowered.hasPrefix("update") {
                self = .update
            } else {
                self = .other
            }
        }
    }

    let schema: Schema
    /// The call as written, for messages (`media.update`).
    let callName: String
    let purpose: Purpose
    /// In a multirequest, the results this call may refer to; `nil` for a single call.
    var references: KalturaResultReference.Scope? = nil

    func validate(_ value: KalturaValue, as type: TypeReference, at path: KalturaValuePath,
                  issues: inout [KalturaValidationIssue]) {
        if case .null = value { return }
        if let references, case .string(let text) = value, let token = KalturaResultReference.token(in: text) {
            // The server replaces the token before its own checks; the value it stands for is unknown here.
            if let problem = references.problem(with: token) {
                issues.append(issue(path, problem))
                return
            }
            if token.isWholeValue { return }
        }
        switch type {
        case .primitive(let primitive):
            validate(value, as: primitive, at: path, issues: &issues)
        case .enumeration(let name, let base):
            validateEnum(value, name: name, base: base, at: path, issues: &issues)
        case .object(let className):
            guard case .object(let object) = value else {
                issues.append(issue(path, .wrongType(expected: "an object of \(className)", actual: Self.describe(value))))
                return
            }
            validate(object, declared: className, at: path, issues: &issues)
        case .array(let element):
            guard let elements = value.arrayValue else {
                issues.append(issue(path, .wrongType(expected: "an array of \(Self.describe(element))", actual: Self.describe(value))))
                return
            }
            for (index, item) in elements.enumerated() {
                let itemPath = path.appending(index: index)
                if case .null = item {
                    issues.append(issue(itemPath, .wrongType(expected: Self.describe(element), actual: "null")))
                } else {
                    validate(item, as: element, at: itemPath, issues: &issues)
                }
            }
        case .map(let element):
            guard let entries = value.mapValue else {
                issues.append(issue(path, .wrongType(expected: "a map of \(Self.describe(element))", actual: Self.describe(value))))
                return
            }
            for (key, item) in entries {
                validate(item, as: element, at: path.appending(key: key), issues: &issues)
            }
        case .unresolved:
            return
        }
    }

    // MARK: - Scalars

    private func validate(_ value: KalturaValue, as primitive: PrimitiveType, at path: KalturaValuePath,
                          issues: inout [KalturaValidationIssue]) {
        let matches: Bool
        switch primitive {
        case .int, .bigint:
            if case .int = value { matches = true } else { matches = false }
        case .float:
            switch value {
            case .int, .float: matches = true
            default: matches = false
            }
        case .bool:
            if case .bool = value { matches = true } else { matches = false }
        case .string:
            if case .string = value { matches = true } else { matches = false }
        case .file:
            // Files travel beside the values (``KalturaCall/files``), so any value here is not one.
            issues.append(issue(path, .wrongType(expected: "a file (KalturaFile)", actual: Self.describe(value))))
            return
        case .array:
            matches = value.arrayValue != nil
        case .map:
            matches = value.mapValue != nil
        }
        if !matches {
            issues.append(issue(path, .wrongType(expected: primitive.rawValue, actual: Self.describe(value))))
        }
    }

    private func validateEnum(_ value: KalturaValue, name: String, base: PrimitiveType, at path: KalturaValuePath,
                              issues: inout [KalturaValidationIssue]) {
        let definition = schema.enumeration(named: name)
        guard base == .int else {
            // String enums are open: plugins add values the schema may not list.
            if case .string = value { return }
            issues.append(issue(path, .wrongType(expected: "string (\(name))", actual: Self.describe(value))))
            return
        }
        switch value {
        case .int(let int):
            guard let definition, definition.constant(withValue: String(int)) == nil else { return }
            issues.append(issue(path, .invalidEnumValue(value: String(int), enumName: name,
                                                        allowed: Self.constants(of: definition), suggestions: [])))
        case .string(let text):
            guard let definition else {
                issues.append(issue(path, .wrongType(expected: "int (\(name))", actual: Self.describe(value))))
                return
            }
            let suggestions = NameSuggestions.closest(to: text, among: definition.constants.map(\.name))
            issues.append(issue(path, .invalidEnumValue(value: "\"\(text)\"", enumName: name,
                                                        allowed: Self.constants(of: definition), suggestions: suggestions)))
        default:
            issues.append(issue(path, .wrongType(expected: "int (\(name))", actual: Self.describe(value))))
        }
    }

    // MARK: - Objects

    private func validate(_ object: KalturaObject, declared: String, at path: KalturaValuePath,
                          issues: inout [KalturaValidationIssue]) {
        guard let declaredClass = schema.classDefinition(named: declared) else { return }  // unresolved: nothing to check
        var className = declared
        if object.objectType != declared {
            if schema.classDefinition(named: object.objectType) == nil {
                let candidates = [declared] + schema.descendants(of: declared)
                issues.append(issue(path, .unknownObjectType(
                    name: object.objectType, declared: declared,
                    suggestions: NameSuggestions.closest(to: object.objectType, among: candidates))))
                return
            }
            guard schema.isClass(object.objectType, kindOf: declared) else {
                issues.append(issue(path, .objectTypeNotAllowed(name: object.objectType, declared: declared)))
                return
            }
            className = object.objectType
        }
        let definition = className == declared ? declaredClass : schema.classDefinition(named: className)!
        if definition.isAbstract {
            let concrete = schema.descendants(of: className).filter { schema.classDefinition(named: $0)?.isAbstract == false }
            issues.append(issue(path, .abstractObjectType(name: className, concrete: concrete)))
            return  // its properties are checked once a concrete class is chosen
        }
        for (name, value) in object.kalturaFields {
            let fieldPath = path.appending(name)
            guard let property = schema.property(name, of: className) else {
                let names = schema.properties(of: className).map(\.name)
                issues.append(issue(fieldPath, .unknownProperty(
                    name: name, className: className, suggestions: NameSuggestions.closest(to: name, among: names))))
                continue
            }
            if property.isReadOnly, purpose != .other {
                issues.append(issue(fieldPath, .readOnlyProperty(className: className, action: callName)))
                continue
            }
            if property.isInsertOnly, purpose == .update {
                issues.append(issue(fieldPath, .insertOnlyProperty(className: className, action: callName)))
                continue
            }
            if case .null = value {
                if case .array = property.type {
                    issues.append(issue(fieldPath, .nullArray))
                }
                continue
            }
            let before = issues.count
            validate(value, as: property.type, at: fieldPath, issues: &issues)
            if issues.count == before {
                checkLimits(value, property.limits, at: fieldPath, issues: &issues)
            }
        }
    }

    private func checkLimits(_ value: KalturaValue, _ limits: ValueLimits, at path: KalturaValuePath,
                             issues: inout [KalturaValidationIssue]) {
        guard !limits.isEmpty else { return }
        switch value {
        case .string(let text):
            if references != nil, KalturaResultReference.token(in: text)?.isWholeValue == true { return }
            let length = text.count
            if let minimum = limits.minimumLength, length < minimum {
                issues.append(issue(path, .tooShort(length: length, minimum: minimum)))
            }
            if let maximum = limits.maximumLength, length > maximum {
                issues.append(issue(path, .tooLong(length: length, maximum: maximum)))
            }
        case .int, .float:
            guard let number = value.floatValue else { return }
            if let minimum = limits.minimumValue, number < minimum {
                issues.append(issue(path, .belowMinimum(value: Self.format(number), minimum: Self.format(minimum))))
            }
            if let maximum = limits.maximumValue, number > maximum {
                issues.append(issue(path, .aboveMaximum(value: Self.format(number), maximum: Self.format(maximum))))
            }
        default:
            return
        }
    }

    // MARK: - Wording

    private func issue(_ path: KalturaValuePath, _ kind: KalturaValidationIssue.Kind) -> KalturaValidationIssue {
        KalturaValidationIssue(kind, at: path)
    }

    static func constants(of definition: EnumDefinition) -> [String] {
        definition.constants.map { "\($0.name)=\($0.value)" }
    }

    static func format(_ number: Double) -> String {
        if let int = Int(exactly: number) { return String(int) }
        return number.description
    }

    /// What a declared type expects, in words: `int`, `KalturaMediaType (int enum)`, `an object of KalturaFilterPager`.
    static func describe(_ type: TypeReference) -> String {
        switch type {
        case .primitive(let primitive): return primitive.rawValue
        case .enumeration(let name, let base): return "\(base.rawValue) (\(name))"
        case .object(let name): return "an object of \(name)"
        case .array(let element): return "an array of \(describe(element))"
        case .map(let element): return "a map of \(describe(element))"
        case .unresolved(let name): return name
        }
    }

    /// What a value is, in words, quoting at most 40 characters of a string: `string "abc"`, `int 5`, `an array`.
    static func describe(_ value: KalturaValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return "bool \(bool)"
        case .int(let int): return "int \(int)"
        case .float(let double): return "float \(format(double))"
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "string \"\(shown)\""
        case .array: return "an array"
        case .map: return "a map"
        case .object(let object): return "an object of \(object.objectType)"
        }
    }
}
