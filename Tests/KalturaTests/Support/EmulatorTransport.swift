import Foundation
import Kaltura
import KalturaEmulator

/// Answers the client's calls with an emulator in the same process, without a socket.
struct EmulatorTransport: KalturaTransport {
    let emulator: KalturaEmulator

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        let reply = await emulator.respond(path: request.url.path, query: request.url.query,
                                           contentType: request.header("Content-Type"), body: request.body)
        return KalturaHTTPResponse(status: 200, headers: ["Content-Type": reply.contentType], body: reply.body)
    }
}
