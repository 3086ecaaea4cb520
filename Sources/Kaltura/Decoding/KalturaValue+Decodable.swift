import Foundation

extension KalturaValue {
    /// Decodes the value into a `Decodable` type of your own: the typed escape hatch.
    ///
    /// ```swift
    /// struct Entry: Decodable { var id: String; var name: String; var createdAt: Date; var objectType: String }
    /// let entry = try value.decode(Entry.self)
    /// ```
    ///
    /// The value goes through JSON, so keys are the wire names (including `objectType`), time
    /// fields decode as `Date` (Unix seconds) and anything the type does not declare is ignored.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - decoder: The decoder; by default a `JSONDecoder` reading dates as Unix seconds.
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` with the decoder's explanation.
    public func decode<T: Decodable>(_ type: T.Type = T.self, using decoder: JSONDecoder? = nil) throws -> T {
        let decoder = decoder ?? {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .secondsSince1970
            return decoder
        }()
        let json = Data(KalturaJSON.encode(self, options: .init(nullStyle: .jsonNull, emptyMapStyle: .object, objectTypePlacement: .first)))
        do {
            return try decoder.decode(T.self, from: json)
        } catch {
            throw KalturaClientError.resultTypeMismatch(expected: "\(T.self)", reason: Self.explain(error))
        }
    }

    private static func explain(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the value" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let owner = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "no \"\(key.stringValue)\" member\(owner)"
        case .typeMismatch(let type, let context):
            return "\(path(context)) is not a \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context)) is null, expected a \(type)"
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
