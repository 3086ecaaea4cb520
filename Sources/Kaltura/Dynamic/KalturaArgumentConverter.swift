/// Turns the arguments of a dynamic call into ``KalturaArgument``s, in the caller's order.
///
/// The compiler has already checked their types (``KalturaArgumentConvertible``), so nothing here
/// can fail. `nil` becomes ``KalturaValue/null``: an explicit null, sent as `name__null`.
/// Schema-dependent steps (enum constant names, declared classes, numeric strings) come later, in
/// ``KalturaArgumentNormalizer``.
enum KalturaArgumentConverter {
    /// The arguments of a call whose values are Swift values, files or `nil`.
    static func convert(_ arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        -> [(label: String, argument: KalturaArgument)]
    {
        arguments.map { ($0.key, $0.value?.kalturaArgument ?? .value(.null)) }
    }

    /// The arguments of a call whose values are literals, ``KalturaValue``s or `nil`.
    static func convert(_ arguments: KeyValuePairs<String, KalturaValue?>) -> [(label: String, argument: KalturaArgument)] {
        arguments.map { ($0.key, .value($0.value ?? .null)) }
    }
}
