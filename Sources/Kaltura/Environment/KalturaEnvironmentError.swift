/// A malformed `KALTURA_*` variable.
public struct KalturaEnvironmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The variable's name, such as `KALTURA_PARTNER_ID`.
    public var variable: String
    /// What is wrong with its value.
    public var problem: String

    /// `KALTURA_PARTNER_ID: 'abc' is not a partner id (a number)`.
    public var description: String { "\(variable): \(problem)" }
}
