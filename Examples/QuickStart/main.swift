// The client's quick start, as a program: configure, load the schema, sign a session, call
// media.get, print the name, and handle each kind of error.
//
//     swift run kaltura-quickstart --url http://127.0.0.1:8080 --partner 101 --secret s3cret [--entry 0_abc]
//
// Against a local emulator (`kaltura serve`), the entry is created first when --entry is not given.

import Foundation
import Kaltura

struct Arguments {
    var url = URL(string: "http://127.0.0.1:8080")!
    var partnerId = 101
    var secret = ""
    var entryId: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let name = iterator.next() {
            guard let value = iterator.next() else { break }
            switch name {
            case "--url": url = URL(string: value) ?? url
            case "--partner": partnerId = Int(value) ?? partnerId
            case "--secret": secret = value
            case "--entry": entryId = value
            default: print("unknown option \(name)")
            }
        }
    }
}

let arguments = Arguments(CommandLine.arguments)

do {
    // Loads the server's schema (cached on disk for a day).
    let client = try await KalturaClient(configuration: .init(partnerId: arguments.partnerId, serviceURL: arguments.url))
    client.ks = try client.generateSession(adminSecret: arguments.secret, userId: "me", type: .admin, expiry: 86_400)

    var entryId = arguments.entryId
    if entryId == nil {
        let created = try await client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "Quick start", "mediaType": "VIDEO"])
        entryId = created.id?.stringValue
    }

    let entry = try await client.media.get(entryId: entryId ?? "0_missing")
    print(entry.name?.stringValue ?? "(no name)")
    print(entry.description?.stringValue ?? "(no description)")  // a field, like any other name

    // Without a status condition, lists return READY entries only; a new entry without content is NO_CONTENT (7).
    let page = try await client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "Quick", "statusIn": "2,7"],
                                           pager: ["pageSize": 10])
    print("matching entries:", page.totalCount?.intValue ?? 0)

    let profiles = try await client.metadata.metadataProfile.list()
    print("metadata profiles:", profiles.totalCount?.intValue ?? 0)

    // An error the server reports.
    do {
        _ = try await client.media.get(entryId: "0_doesnotexist")
    } catch let error as KalturaAPIError {
        print("API error:", error.code)
    }

    // An error found before anything is sent.
    do {
        _ = try await client.media.list(pager: ["pageSize": "ten"])
    } catch let error as KalturaValidationError {
        print(error)
    }
} catch let error as KalturaClientError where error.code == .transportFailed || error.code == .timedOut {
    print("cannot reach \(error.url ?? "the server"):", error)
    exit(1)
} catch let error as KalturaClientError {
    print("client error:", error)
    exit(1)
} catch {
    print("error:", error)
    exit(1)
}
