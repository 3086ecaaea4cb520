/// Why an HTTP request could not be read as an API call. The server answers these with an
/// API error rather than an HTTP failure.
enum RequestDecodingError: Error, Sendable, Hashable {
    /// A `multipart/form-data` body whose content type names no boundary.
    case missingBoundary
    /// A multipart body that does not parse.
    case malformedMultipart
}
