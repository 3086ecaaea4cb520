import Foundation

/// Reads a `Retry-After` header: delay seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`).
enum KalturaRetryAfter {
    /// The seconds to wait that `value` asks for, counted from `now` for a date; `nil` when it is
    /// neither form.
    static func seconds(in value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return Double(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
