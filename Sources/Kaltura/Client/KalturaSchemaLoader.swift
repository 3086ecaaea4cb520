import Foundation
import KalturaSchema
import Logging

/// Loads a client's schema from its ``KalturaClient/Configuration/SchemaSource``.
struct KalturaSchemaLoader {
    let serviceURL: URL
    let transport: any KalturaTransport
    let headers: [(name: String, value: String)]
    let timeout: Double
    let logger: Logger
    /// The current time; tests fix it.
    var now: @Sendable () -> Date = { Date() }

    /// `{serviceURL}/api_v3/api_schema.php`.
    var schemaURL: URL {
        KalturaEndpoint.apiBase(of: serviceURL).appendingPathComponent("api_schema.php")
    }

    func load(_ source: KalturaClient.Configuration.SchemaSource) async throws -> Schema {
        switch source {
        case .schema(let schema):
            return schema
        case .demo:
            return Schema.demo()
        case .file(let url):
            do {
                return try Schema(contentsOf: url)
            } catch {
                throw KalturaClientError.schemaUnavailable(url: url.path, reason: error.description)
            }
        case .server(let cache, let maxAge):
            return try await loadFromServer(cache: cache, maxAge: maxAge)
        }
    }

    private func loadFromServer(cache: SchemaCache?, maxAge: Double) async throws -> Schema {
        let cached = cache?.latestSchema(for: serviceURL)
        if let cached, now().timeIntervalSince(cached.entry.validatedAt) < maxAge {
            logger.debug("using the cached schema", metadata: ["apiVersion": "\(cached.entry.apiVersion ?? "?")"])
            return cached.schema
        }

        var request = KalturaHTTPRequest(method: "GET", url: schemaURL, headers: headers, timeout: timeout,
                                         maximumResponseBytes: Schema.defaultMaximumDocumentSize)
        if let entityTag = cached?.entry.entityTag {
            request.headers.append(("If-None-Match", entityTag))
        }
        if let lastModified = cached?.entry.lastModified {
            request.headers.append(("If-Modified-Since", lastModified))
        }

        func fallBack(_ reason: String) throws -> Schema {
            guard let cached else {
                throw KalturaClientError.schemaUnavailable(url: schemaURL.absoluteString, reason: reason)
            }
            logger.warning("cannot refresh the API schema; using the cached one", metadata: [
                "url": "\(schemaURL.absoluteString)", "reason": "\(reason)",
                "apiVersion": "\(cached.entry.apiVersion ?? "?")", "cachedAt": "\(cached.entry.validatedAt)",
            ])
            return cached.schema
        }

        let response: KalturaHTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            return try fallBack("\(error)")
        }
        if let limit = request.maximumResponseBytes, response.body.count > limit {
            // A transport that does not stop reading at the limit still cannot pass a larger body on.
            return try fallBack(KalturaClientError.responseTooLarge(url: schemaURL.absoluteString, limit: limit).description)
        }
        if response.status == 304, let cached {
            try? cache?.markValidated(for: serviceURL, at: now())
            logger.debug("the cached schema is current", metadata: ["apiVersion": "\(cached.entry.apiVersion ?? "?")"])
            return cached.schema
        }
        guard response.status == 200 else {
            return try fallBack("HTTP \(response.status)")
        }
        let document = Data(response.body)
        let schema: Schema
        do {
            schema = try Schema(xml: document)
        } catch {
            return try fallBack(error.description)
        }
        if let cache {
            do {
                try cache.store(document, schema: schema, for: serviceURL, entityTag: response.header("ETag"),
                                lastModified: response.header("Last-Modified"), at: now())
            } catch {
                logger.warning("cannot cache the API schema", metadata: ["reason": "\(error)"])
            }
        }
        logger.debug("fetched the API schema", metadata: ["apiVersion": "\(schema.apiVersion ?? "?")", "bytes": "\(document.count)"])
        return schema
    }
}
