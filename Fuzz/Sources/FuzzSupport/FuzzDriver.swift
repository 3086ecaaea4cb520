#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signature libFuzzer calls for each input: the bytes and their count; returns 0.
public typealias FuzzEntryPoint = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argumentCount: UnsafeMutablePointer<CInt>,
    _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ entryPoint: FuzzEntryPoint
) -> CInt

/// Starts libFuzzer from a target's `main.swift`.
///
/// SwiftPM links an executable's `main` to the module's own top-level code, so libFuzzer's `main`
/// never runs; the target's top-level code calls ``run(_:)`` instead, which hands the command line
/// to libFuzzer's driver (`LLVMFuzzerRunDriver`) and exits with its status.
public enum FuzzDriver {
    /// Runs libFuzzer with the process arguments and `entryPoint`; never returns.
    public static func run(_ entryPoint: FuzzEntryPoint) -> Never {
        var argumentCount = CommandLine.argc
        var arguments = CommandLine.unsafeArgv
        exit(llvmFuzzerRunDriver(&argumentCount, &arguments, entryPoint))
    }
}
