import Foundation

/// Runs async work to completion from synchronous code: the one bridge the blocking client uses.
///
/// The work runs on a detached task (on the global concurrent executor) while the calling thread
/// waits on a semaphore. That is safe on a thread that is not running async code, such as the
/// REPL's, a script's top level or `main` before any `await`. It must not be used from an async
/// context: the waiting thread would be one of the few threads that run tasks, and with enough
/// waiters the work could never be scheduled (hence `noasync` on every public entry point).
enum KalturaBlockingWait {
    /// The result of `operation`, or the error it threw, unchanged.
    @available(*, noasync)
    static func run<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) throws -> Value {
        let outcome = KalturaLockedState<Result<Value, any Error>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            let result: Result<Value, any Error>
            do {
                result = .success(try await operation())
            } catch {
                result = .failure(error)
            }
            outcome.update { $0 = result }
            finished.signal()
        }
        finished.wait()
        // The task stored its result before signalling, so it is there.
        return try outcome.read { $0! }.get()
    }
}
