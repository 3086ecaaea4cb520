/// The partners the emulator knows, by id.
struct PartnerRegistry: Sendable {
    private let partners: [Int: EmulatorPartner]

    init(_ partners: [EmulatorPartner]) {
        var index: [Int: EmulatorPartner] = [:]
        for partner in partners where index[partner.id] == nil {
            index[partner.id] = partner
        }
        self.partners = index
    }

    /// The partner with `id`.
    subscript(id: Int) -> EmulatorPartner? {
        partners[id]
    }
}
