import Foundation
import Kaltura
import OrderedCollections

/// `kaltura call --batch FILE|-`: JSON Lines of calls in, one JSON line of outcome per input line
/// out, in input order.
///
/// Each input line is `{"action": "media.update", "params": {…}}`. Each output line is
/// `{"line": N, "result": …}` or `{"line": N, "error": {"code": …, "message": …}}`; a line that is
/// not such an object gets the error code `BAD_LINE`, a call refused before sending
/// `INVALID_CALL`, and a failure of the client (no response, say) its own name.
struct BatchRunner {
    let options: KalturaJSON.EncodingOptions
    let multirequestSize: Int
    let maximumInFlight: Int

    /// Runs every line of `input` and returns how many failed.
    func run(_ input: Data, client: KalturaClient) async -> Int {
        var calls: [KalturaCall] = []
        var callLine: [Int] = []            // call index -> input line
        var badLines: [Int: String] = [:]   // input line -> why
        var lineNumber = 0
        for line in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if trimmed.isEmpty { continue }
            switch Self.parse(Array(line)) {
            case .success(let call):
                calls.append(call)
                callLine.append(lineNumber)
            case .failure(let problem):
                badLines[lineNumber] = problem.message
            }
        }
        var failures = badLines.count
        var pendingBad = badLines.keys.sorted()[...]
        var output = [UInt8]()
        func flushBad(before line: Int) {
            while let bad = pendingBad.first, bad < line {
                pendingBad.removeFirst()
                emit(line: bad, error: ("BAD_LINE", badLines[bad]!), into: &output)
            }
        }
        for await outcome in client.results(of: calls, multirequestSize: multirequestSize, maximumInFlight: maximumInFlight) {
            let line = callLine[outcome.index]
            flushBad(before: line)
            switch outcome.result {
            case .success(let value):
                var fields = OrderedDictionary<String, KalturaValue>()
                fields["line"] = .int(line)
                fields["result"] = value
                append(.map(fields), to: &output)
            case .failure(let error):
                failures += 1
                emit(line: line, error: Self.describe(error), into: &output)
            }
            if output.count > 60 << 10 { flush(&output) }
        }
        flushBad(before: .max)
        flush(&output)
        return failures
    }

    private struct LineProblem: Error { var message: String }

    private static func parse(_ bytes: [UInt8]) -> Result<KalturaCall, LineProblem> {
        let value: KalturaValue
        do {
            value = try KalturaJSON.decode(bytes)
        } catch {
            return .failure(LineProblem(message: "not JSON: \(error)"))
        }
        guard let name = value["action"]?.stringValue else {
            return .failure(LineProblem(message: #"no "action" (a string such as "media.update")"#))
        }
        var parameters = OrderedDictionary<String, KalturaValue>()
        switch value["params"] {
        case nil, .null?: break
        case .map(let fields)?: parameters = fields
        case .object(let object)?: parameters = object.kalturaFields
        default: return .failure(LineProblem(message: #""params" is not an object"#))
        }
        guard let call = KalturaCall(name, parameters: parameters) else {
            return .failure(LineProblem(message: "'\(name)' is not SERVICE.ACTION or PLUGIN.SERVICE.ACTION"))
        }
        return .success(call)
    }

    private static func describe(_ error: any Error) -> (code: String, message: String) {
        switch error {
        case let error as KalturaAPIError: return (error.code, error.message)
        case let error as KalturaValidationError: return ("INVALID_CALL", "\(error)")
        case let error as KalturaClientError: return (error.code.description, "\(error)")
        default: return ("ERROR", "\(error)")
        }
    }

    private func emit(line: Int, error: (code: String, message: String), into output: inout [UInt8]) {
        append(.map(["line": .int(line), "error": .map(["code": .string(error.code), "message": .string(error.message)])]), to: &output)
    }

    private func append(_ value: KalturaValue, to output: inout [UInt8]) {
        output += KalturaJSON.encode(value, options: options)
        output.append(UInt8(ascii: "\n"))
    }

    private func flush(_ output: inout [UInt8]) {
        guard !output.isEmpty else { return }
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
    }
}
