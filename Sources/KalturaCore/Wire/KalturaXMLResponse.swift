/// Writes Kaltura API responses in the XML format (`format=2`, the server's default).
///
/// ```xml
/// <?xml version="1.0" encoding="utf-8"?><xml><result><objectType>KalturaMediaEntry</objectType><id>0_abc</id>…</result><executionTime>0.001</executionTime></xml>
/// ```
///
/// - An object is `<objectType>…</objectType>` followed by one element per field.
/// - A list is a sequence of `<item>…</item>`; a map a sequence of
///   `<item><itemKey>key</itemKey>…</item>`.
/// - Booleans are `1` or `0`; a null or void result is an empty element.
/// - An API error is `<error><code>…</code><message>…</message><objectType>KalturaAPIException</objectType><args>…</args></error>`,
///   each argument an `<item>` of type `KalturaApiExceptionArg` with `<name>` and `<value>`.
/// - A multi-request result is one `<item>` per sub-request.
///
/// Text is escaped (`&`, `<`, `>`, and carriage returns as `&#13;`); characters XML 1.0
/// cannot carry (C0 controls other than tab and newline, U+FFFE, U+FFFF) are dropped.
/// Field names that are not XML names have their offending characters replaced with `_`.
package enum KalturaXMLResponse {
    /// The XML declaration every response starts with.
    package static let declaration = #"<?xml version="1.0" encoding="utf-8"?>"#

    /// The whole response document for a call outcome.
    ///
    /// - Parameters:
    ///   - result: The outcome: a value (`.success(.null)` for void), an API error, or the
    ///     items of a multi-request.
    ///   - executionTime: Seconds spent, written with up to six decimals (`0.001`).
    ///   - ignoreNull: Leave out null fields instead of writing empty elements, as the
    ///     server does for the `ignoreNull=1` request parameter.
    /// - Returns: The document text, to be sent as UTF-8 with `Content-Type: text/xml`.
    package static func document(for result: KalturaResult, executionTime: Double, ignoreNull: Bool = false) -> String {
        var writer = KalturaXMLWriter(ignoreNull: ignoreNull)
        writer.append(declaration)
        writer.append("<xml><result>")
        writer.write(result)
        writer.append("</result><executionTime>")
        writer.append(formatExecutionTime(executionTime))
        writer.append("</executionTime></xml>")
        return writer.text
    }

    /// The content of the `<result>` element for a call outcome, without the envelope.
    package static func resultContent(for result: KalturaResult, ignoreNull: Bool = false) -> String {
        var writer = KalturaXMLWriter(ignoreNull: ignoreNull)
        writer.write(result)
        return writer.text
    }

    /// Formats seconds with at most six decimals and no trailing zeros (`0.0123`, `2`).
    /// Negative and non-finite times are written as `0`.
    static func formatExecutionTime(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0" }
        let micros = (seconds * 1_000_000).rounded()
        guard micros < 9e15 else { return String(Int(seconds.rounded())) }
        let total = Int(micros)
        let whole = total / 1_000_000
        var fraction = total % 1_000_000
        guard fraction != 0 else { return String(whole) }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
