"""lldb formatters for the Swift REPL that Scripts/repl.sh opens.

lldb shows a REPL result with its own data formatters, field by field (a client printed its
whole registry, a small KalturaValue the insides of an OrderedDictionary). For this package's
types, these summaries evaluate KalturaDebuggerDisplay.text(of:) instead: the value's outline
for KalturaValue and KalturaObject, debugDescription (redacted) for everything else.
"""
import lldb

# The types whose REPL display is their own description, by module-qualified name.
TYPES = [
    "Kaltura.KalturaClient",
    "Kaltura.KalturaBlockingClient",
    "Kaltura.KalturaServiceProxy",
    "Kaltura.KalturaBlockingServiceProxy",
    "Kaltura.KalturaClientError",
    "Kaltura.KalturaValidationError",
    "Kaltura.KalturaMultiRequestResult",
    "KalturaCore.KalturaValue",
    "KalturaCore.KalturaObject",
    "KalturaCore.KalturaAPIError",
    "KalturaSchema.Schema",
]

TIMEOUT_MICROSECONDS = 10 * 1000 * 1000


def _evaluate(valobj, expression):
    options = lldb.SBExpressionOptions()
    options.SetLanguage(lldb.eLanguageTypeSwift)
    options.SetTimeoutInMicroSeconds(TIMEOUT_MICROSECONDS)
    result = valobj.GetTarget().EvaluateExpression(expression, options)
    if not result.GetError().Success():
        return None
    text = result.GetObjectDescription()
    return text.rstrip("\n") if text else None


def summary(valobj, internal_dict):
    """The text for one value: found by address (results like $R0) or by name (let x = ...)."""
    name = valobj.GetName() or ""
    type_name = valobj.GetTypeName()
    if valobj.GetType().GetTypeFlags() & lldb.eTypeIsClass:
        reference = valobj.GetValueAsUnsigned(0)
        subject = "Swift.unsafeBitCast(Swift.UInt(%d), to: %s.self)" % (reference, type_name) if reference else None
    else:
        address = valobj.GetLoadAddress()
        if address != lldb.LLDB_INVALID_ADDRESS:
            subject = "Swift.UnsafeRawPointer(bitPattern: %d)!.load(as: %s.self)" % (address, type_name)
        else:
            subject = None
    if subject is None and name.replace("_", "a").isalnum():
        subject = name
    if subject is None:
        return None
    text = _evaluate(valobj, "KalturaCore.KalturaDebuggerDisplay.text(of: %s)" % subject)
    if text is None:
        text = _evaluate(valobj, "Swift.String(reflecting: %s)" % subject)
    if text is None:
        module = type_name.split(".")[0]
        return "(%s: import %s to see its description)" % (type_name, module)
    return text


def __lldb_init_module(debugger, internal_dict):
    pattern = "^(" + "|".join(name.replace(".", "\\.") for name in TYPES) + ")$"
    debugger.HandleCommand("type summary add --no-value -x '%s' -F %s.summary" % (pattern, __name__))
    # An emulator holds its whole schema model and store: its name is enough.
    debugger.HandleCommand("type summary add --no-value KalturaEmulator.KalturaEmulator -s 'KalturaEmulator (in process; its transport answers a client)'")
    # lldb hangs running a Python summary for an element of a Swift collection, so collections of
    # these types show their count only; print(...) shows the elements.
    debugger.HandleCommand(
        "type summary add -x '^Swift\\.(Array|ContiguousArray|Dictionary|Set)<.*Kaltura.*>$' "
        "-s '${svar%#} elements (print(...) shows them)'")
