import Foundation
import OrderedCollections

/// Turns the Swift values of a dynamic call's arguments into ``KalturaValue``s, without the schema.
///
/// Schema-dependent steps (enum constant names, declared classes, numeric strings) come later, in
/// ``KalturaArgumentNormalizer``. Values of unsupported types become issues with their path.
enum KalturaArgumentConverter {
    /// The value, or `nil` for an absent argument (a `nil` optional). Unsupported values are
    /// reported in `issues` and give `nil` as well.
    static func convert(_ value: Any, at path: KalturaValuePath, issues: inout [KalturaValidationIssue]) -> KalturaValue? {
        switch value {
        case let value as KalturaValue: return value
        case let object as KalturaObject: return .object(object)
        case let optional as any KalturaOptionalProtocol:
            guard let wrapped = optional.wrappedAny else { return nil }
            return convert(wrapped, at: path, issues: &issues)
        case let string as String: return .string(string)
        case let substring as Substring: return .string(String(substring))
        case let character as Character: return .string(String(character))
        case let bool as Bool: return .bool(bool)
        case let int as Int: return .int(int)
        case let int as Int8: return .int(Int(int))
        case let int as Int16: return .int(Int(int))
        case let int as Int32: return .int(Int(int))
        case let int as Int64: return .int(Int(int))
        case let int as UInt8: return .int(Int(int))
        case let int as UInt16: return .int(Int(int))
        case let int as UInt32: return .int(Int(int))
        case let int as UInt:
            if let exact = Int(exactly: int) { return .int(exact) }
            return .float(Double(int))
        case let int as UInt64:
            if let exact = Int(exactly: int) { return .int(exact) }
            return .float(Double(int))
        case let double as Double: return .float(double)
        case let float as Float: return .float(Double(float))
        case let decimal as Decimal: return .float(NSDecimalNumber(decimal: decimal).doubleValue)
        case let date as Date: return .int(Int(date.timeIntervalSince1970.rounded()))
        case let url as URL: return .string(url.absoluteString)
        case let convertible as any KalturaValueConvertible: return convertible.kalturaValue
        case let entries as OrderedDictionary<String, KalturaValue>: return KalturaValue(entries: entries)
        case let dictionary as [String: Any]:
            var entries = OrderedDictionary<String, KalturaValue>(minimumCapacity: dictionary.count)
            // Swift dictionaries have no order; sort the keys so the wire bytes are deterministic.
            for key in dictionary.keys.sorted() {
                if let element = convert(dictionary[key]!, at: path.appending(key), issues: &issues) {
                    entries[key] = element
                }
            }
            return KalturaValue(entries: entries)
        case let array as [Any]:
            var elements: [KalturaValue] = []
            elements.reserveCapacity(array.count)
            for (index, element) in array.enumerated() {
                if let converted = convert(element, at: path.appending(index: index), issues: &issues) {
                    elements.append(converted)
                }
            }
            return .array(elements)
        case is KalturaFile:
            // Files travel beside the values (``KalturaCall/files``); the proxy takes those given by name.
            issues.append(KalturaValidationIssue(.misplacedFile, at: path))
            return nil
        case is Data, is [UInt8]:
            issues.append(KalturaValidationIssue(.unwrappedBytes(typeName: "\(type(of: value))"), at: path))
            return nil
        case let raw as any RawRepresentable:
            return convert(raw.rawValue, at: path, issues: &issues)
        default:
            issues.append(KalturaValidationIssue(.unsupportedValue(typeName: "\(type(of: value))"), at: path))
            return nil
        }
    }
}

/// Lets the converter see through optionals that arrive boxed in `Any`.
protocol KalturaOptionalProtocol {
    var wrappedAny: Any? { get }
}

extension Optional: KalturaOptionalProtocol {
    var wrappedAny: Any? {
        switch self {
        case .some(let wrapped): return wrapped
        case .none: return nil
        }
    }
}
