/// The text the Swift REPL shows for a result (through `Scripts/repl.sh`'s formatter), and what a
/// debugger formatter can call for any value.
///
/// lldb shows a REPL result with its own data formatters, field by field, not with
/// `debugDescription`; `Scripts/repl.sh` installs a formatter for this package's types that
/// evaluates `KalturaDebuggerDisplay.text(of:)` instead.
public enum KalturaDebuggerDisplay {
    /// A value's outline (``KalturaValueOutline``) for ``KalturaValue`` and ``KalturaObject``, and
    /// `String(reflecting:)` (its `debugDescription`, else its `description`) for anything else.
    public static func text(of value: Any) -> String {
        switch value {
        case let value as KalturaValue: return KalturaValueOutline(value).description
        case let object as KalturaObject: return KalturaValueOutline(.object(object)).description
        default: return String(reflecting: value)
        }
    }
}
