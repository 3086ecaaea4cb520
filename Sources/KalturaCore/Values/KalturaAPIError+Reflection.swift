extension KalturaAPIError: CustomReflectable {
    /// What `dump` and the debugger show: the code, and the message and arguments with any KS
    /// redacted (the server echoes the KS in `INVALID_KS`). ``message`` and ``args`` themselves keep
    /// the server's text.
    public var customMirror: Mirror {
        var shownArgs = args
        for (name, value) in args {
            shownArgs[name] = KalturaRedaction.isSensitive(name: name) || name == "KSID"
                ? KalturaRedaction.placeholder : KalturaRedaction.redactingSessionTokens(in: value)
        }
        return Mirror(self, children: [
            "code": code,
            "message": KalturaRedaction.redactingSessionTokens(in: message),
            "args": shownArgs,
        ], displayStyle: .struct)
    }
}
