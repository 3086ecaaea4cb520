import Foundation
import KalturaTestSupport

/// Runs `kaltura shell` with `input` on its standard input (a pipe, so not a terminal) and captures
/// what it prints.
enum ShellRunner {
    static func run(_ arguments: [String] = [], input: String, environment: [String: String] = [:]) async throws -> CommandRunner.Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(arguments, input: input, environment: environment) })
            }
        }
    }

    private static func runBlocking(_ arguments: [String], input: String, environment: [String: String]) throws -> CommandRunner.Output {
        let process = Process()
        process.executableURL = TestFixtures.executable
        process.arguments = ["shell"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // Write the input and read both outputs on their own threads, so no pipe can fill and stall the child.
        let group = DispatchGroup()
        let errorData = LockedBox<Data>(Data())
        DispatchQueue.global().async(group: group) {
            standardInput.fileHandleForWriting.write(Data(input.utf8))
            try? standardInput.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errorData.value = standardError.fileHandleForReading.readDataToEndOfFile()
        }
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandRunner.Output(status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
                                    standardError: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// A value handed between threads under a lock.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
