extension KalturaCall: CustomReflectable {
    /// What `dump`, `print` and the debugger show: the service, the action, the arguments with
    /// credentials redacted (a `password`, a `secret`, a KS, at any depth) and the files by name.
    public var customMirror: Mirror {
        let arguments = self.arguments.map { argument in
            let value = argument.label.map(KalturaRedaction.isSensitive(name:)) == true && !argument.value.isNull
                ? .string(KalturaRedaction.placeholder) : KalturaRedaction.redacting(argument.value)
            return Argument(label: argument.label, value: value)
        }
        return Mirror(self, children: [
            "service": service,
            "action": action,
            "arguments": arguments,
            "files": Array(files.keys),
        ], displayStyle: .struct)
    }
}
