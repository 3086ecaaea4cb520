/// An insertion-ordered string map with the assignment rules of a Python `dict` or a PHP array:
/// assigning to an existing name replaces its value but keeps its position.
///
/// Used for the url-encoded field list inside a V2 KS and for privilege lists.
struct KalturaSessionFields: Sendable, Hashable {
    private(set) var names: [String] = []
    private var values: [String: String] = [:]

    init() {}

    /// The value stored for `name`. Assigning `nil` removes the field.
    subscript(name: String) -> String? {
        get { values[name] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: name) == nil {
                    names.append(name)
                }
            } else if values.removeValue(forKey: name) != nil {
                names.removeAll { $0 == name }
            }
        }
    }

    /// The fields in order.
    var pairs: [(name: String, value: String)] {
        names.map { ($0, values[$0]!) }
    }

    var isEmpty: Bool { names.isEmpty }
}
