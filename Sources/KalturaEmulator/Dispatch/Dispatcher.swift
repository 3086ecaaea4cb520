import KalturaCore
import KalturaSchema
import OrderedCollections

/// Runs API calls: finds the service and action in the schema, checks the session, casts the
/// parameters, and hands the call to the handler the schema implies. Multirequests run their
/// sub-requests in order, resolving dependency tokens between them.
struct Dispatcher: Sendable {
    let environment: EmulatorEnvironment
    let recorder: CallRecorder?
    private let resolver = HandlerResolver()
    private let authenticator: SessionAuthenticator

    init(environment: EmulatorEnvironment, recorder: CallRecorder?) {
        self.environment = environment
        self.recorder = recorder
        self.authenticator = SessionAuthenticator(partners: environment.partners, errors: environment.errors)
    }

    private var errors: EmulatorErrors { environment.errors }

    /// The outcome of one HTTP request: a single call, or the items of a multirequest.
    func respond(to request: APIRequest) async -> KalturaResult {
        if request.service == "multirequest" {
            return .multiple(await runMultiRequest(request))
        }
        return await run(request.parameters, files: request.files)
    }

    // MARK: - Single calls

    /// Runs one call given its grouped parameters.
    func run(_ parameters: OrderedDictionary<String, KalturaValue>, files: [String: UploadedFile]) async -> KalturaResult {
        let now = environment.clock()
        var understood: OrderedDictionary<String, KalturaValue>?
        let result: KalturaResult
        do throws(KalturaAPIError) {
            let call = try await prepare(parameters, files: files, now: now)
            understood = call.parameters
            let handler = resolver.handler(for: call.service, action: call.action, model: environment.model)
            let value = try await handler.handle(call, in: environment)
            result = .success(ResponseProfile(parameters: parameters)?.apply(to: value) ?? value)
        } catch {
            result = .failure(error)
        }
        if let recorder {
            await recorder.record(parameters: parameters, understood: understood, files: files, result: result)
        }
        return result
    }

    private func prepare(_ parameters: OrderedDictionary<String, KalturaValue>, files: [String: UploadedFile], now: Int)
        async throws(KalturaAPIError) -> ActionCall
    {
        guard let serviceName = parameters["service"]?.stringValue, !serviceName.isEmpty else {
            throw errors.make("SERVICE_NOT_SPECIFIED")
        }
        guard let service = environment.model.schema.service(id: serviceName) else {
            throw errors.make("SERVICE_DOES_NOT_EXISTS", serviceName.lowercased())
        }
        guard let actionName = parameters["action"]?.stringValue, !actionName.isEmpty else {
            throw errors.make("ACTION_NOT_SPECIFIED")
        }
        guard let action = service.action(named: actionName) else {
            throw errors.make("ACTION_DOES_NOT_EXISTS", actionName, service.id)
        }

        let ks = parameters["ks"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        var session: KalturaSession?
        switch SessionRequirement(service: service, action: action) {
        case .none:
            break
        case .optional:
            if let ks { session = try await authenticate(ks, now: now) }
        case .always:
            guard let ks else { throw errors.make("MISSING_KS") }
            session = try await authenticate(ks, now: now)
        }
        let partnerId = session?.partnerId ?? (parameters["partnerId"] ?? parameters["p"])?.intValue

        let coercer = ValueCoercer(model: environment.model, now: now)
        var typed = OrderedDictionary<String, KalturaValue>(minimumCapacity: action.parameters.count)
        for parameter in action.parameters {
            if parameter.type == .primitive(.file) {
                if files[parameter.name] == nil, !parameter.isOptional {
                    throw errors.make("MISSING_MANDATORY_PARAMETER", parameter.name)
                }
                continue
            }
            guard let raw = parameters[parameter.name], raw != .null else {
                guard parameter.isOptional else { throw errors.make("MISSING_MANDATORY_PARAMETER", parameter.name) }
                guard let fallback = parameter.defaultValue, fallback != "null" else { continue }
                typed[parameter.name] = try coercer.coerce(.string(fallback), to: parameter.type, name: parameter.name)
                continue
            }
            let value = try coercer.coerce(raw, to: parameter.type, name: parameter.name, isTime: parameter.isTime)
            if value != .null { typed[parameter.name] = value }
        }
        return ActionCall(service: service, action: action, parameters: typed, files: files, session: session, ks: ks,
                          partnerId: partnerId, now: now)
    }

    private func authenticate(_ ks: String, now: Int) async throws(KalturaAPIError) -> KalturaSession {
        try authenticator.authenticate(ks, now: now, isEnded: await environment.store.isEnded(ks))
    }

    // MARK: - Multirequests

    /// Runs the numbered sub-requests of a multirequest in order (keys may start at 0 or 1 and
    /// must be contiguous; servers from before JSON multirequests start at 1 only, so a `0:`
    /// request is never run there). Each inherits `ks`, `partnerId` and `clientTag` from the top
    /// level and its files from `N:name` parts.
    private func runMultiRequest(_ request: APIRequest) async -> [KalturaResult] {
        let top = request.parameters
        var numbered: [Int: OrderedDictionary<String, KalturaValue>] = [:]
        for (key, value) in top {
            guard let index = Int(key), index >= 0, String(index) == key else { continue }
            switch value {
            case .map(let entries): numbered[index] = entries
            case .object(let object): numbered[index] = object.kalturaFields
            default: continue
            }
        }
        guard var index = environment.era.readsJSONMultiRequests ? numbered.keys.min() : 1 else { return [] }
        var outcomes: [KalturaResult] = []
        var values: [KalturaValue?] = []
        while var parameters = numbered[index], parameters["service"] != nil, parameters["action"] != nil {
            for inherited in ["ks", "partnerId", "clientTag"] where parameters[inherited] == nil {
                if let value = top[inherited] { parameters[inherited] = value }
            }
            parameters["format"] = nil
            let prefix = "\(index):"
            var files: [String: UploadedFile] = [:]
            for (name, file) in request.files where name.hasPrefix(prefix) {
                files[String(name.dropFirst(prefix.count))] = file
            }
            let outcome: KalturaResult
            do {
                try DependencyTokens.substitute(in: &parameters, results: values)
                outcome = await run(parameters, files: files)
            } catch {
                outcome = .failure(errors.make("MISSING_MANDATORY_PARAMETER", error.token))
            }
            outcomes.append(outcome)
            values.append(outcome.value)
            index += 1
        }
        return outcomes
    }
}
