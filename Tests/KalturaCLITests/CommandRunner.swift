import Foundation
import KalturaTestSupport

/// Runs the built `kaltura` executable and captures what it prints.
struct CommandRunner {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static var projectRoot: URL { TestFixtures.projectRoot }

    /// A real schema's path in `../shared/fixtures/schema`.
    ///
    /// - Throws: ``MissingFixture`` when `../shared` is not beside the project.
    static func sharedSchema(_ name: String) throws -> String {
        try TestFixtures.sharedSchema(name).path
    }

    /// Runs `kaltura` with `arguments` and waits for it on a Dispatch thread, so the process's
    /// run time never holds one of the few threads the async test pool has.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(arguments, environment: environment) })
            }
        }
    }

    private static func runBlocking(_ arguments: [String], environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = TestFixtures.executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // Drain stderr beside stdout, so a child that fills one pipe cannot stall on the other.
        let errorData = LockedData()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.set(standardError.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      standardOutput: String(decoding: output, as: UTF8.self),
                      standardError: String(decoding: errorData.get(), as: UTF8.self))
    }
}

/// Bytes handed from the thread that reads a pipe to the one that waits for it.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ newValue: Data) {
        lock.lock()
        data = newValue
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
