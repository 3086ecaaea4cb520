import CZlib

/// Undoes a response's `Content-Encoding` (gzip or deflate, which the socket transport asks for)
/// with the system's zlib, never past the response size limit: a small compressed body that would
/// inflate past it (a "zip bomb") stops there.
enum KalturaContentDecoding {
    /// Why a body could not be decoded.
    enum Failure: Error, Equatable {
        /// The body passes the limit once decoded.
        case tooLarge
        /// The body is not valid in its encoding; the text says why.
        case malformed(String)
    }

    /// Whether this transport decodes `encoding` (the `Content-Encoding` value, any case).
    static func decodes(_ encoding: String) -> Bool {
        let name = encoding.lowercased()
        return name == "gzip" || name == "x-gzip" || name == "deflate"
    }

    /// `body` decoded: gzip and zlib-wrapped deflate are told apart by their headers.
    ///
    /// - Throws: ``Failure``.
    static func decode(_ body: [UInt8], limit: Int?) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits, + 32: detect a gzip or zlib header.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .malformed("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = body
        let tooLarge = Int32.min  // not a zlib status
        let result: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if let limit, output.count + produced > limit { return tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { return Z_STREAM_END }
                if status != Z_OK { return status }
                if stream.avail_in == 0, produced == 0 { return Z_BUF_ERROR }
            }
        }
        switch result {
        case Z_STREAM_END: return output
        case tooLarge: throw .tooLarge
        case Z_BUF_ERROR: throw .malformed("the compressed body ends early")
        default: throw .malformed("the compressed body is not valid (zlib error \(result))")
        }
    }
}
