import Foundation
import Kaltura
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kaltura call LIST_ACTION … --all`: every object of a list as JSON Lines on standard output,
/// with a progress line on standard error when it is a terminal.
struct AllObjectsPrinter {
    /// The JSON options of each line (those of `kaltura call`).
    let options: KalturaJSON.EncodingOptions

    /// Prints every object `call` matches, one JSON object per line, and returns how many.
    func printAll(_ call: KalturaCall, client: KalturaClient) async throws -> Int {
        let showsProgress = isatty(STDERR_FILENO) == 1
        let progressLine = Mutex<String>("")
        let sequence = try client.objects(of: call) { progress in
            guard showsProgress else { return }
            let total = progress.totalCount.map { " of about \($0)" } ?? ""
            let line = "\u{1B}[2K\r\(progress.objectsFetched)\(total) objects, \(progress.pagesFetched) pages"
            progressLine.withLock { $0 = line }
            FileHandle.standardError.write(Data(line.utf8))
        }
        var count = 0
        var output = [UInt8]()
        output.reserveCapacity(64 << 10)
        for try await object in sequence {
            output += KalturaJSON.encode(.object(object), options: options)
            output.append(UInt8(ascii: "\n"))
            count += 1
            if output.count >= 60 << 10 { flush(&output) }
        }
        flush(&output)
        if showsProgress, !progressLine.withLock({ $0.isEmpty }) {
            FileHandle.standardError.write(Data("\u{1B}[2K\r\(count) objects\n".utf8))
        }
        return count
    }

    private func flush(_ output: inout [UInt8]) {
        guard !output.isEmpty else { return }
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
    }
}
