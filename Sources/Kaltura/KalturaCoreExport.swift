// `import Kaltura` keeps giving users the shared value model, wire formats and sessions
// (KalturaValue, KalturaObject, KalturaSession, ...), which live in KalturaCore so the
// emulator can use them without linking the client's HTTP stack.
@_exported import KalturaCore
