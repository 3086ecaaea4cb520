import Foundation

extension KalturaEmulator {
    /// The file on disk holding what was uploaded to a token so far (the bytes from offset 0
    /// without a gap), or `nil` when nothing was uploaded to it. With
    /// ``Configuration/dataDirectory`` it is under `DIR/uploads`, otherwise in a temporary folder
    /// removed with the emulator.
    ///
    /// - Parameters:
    ///   - uploadTokenId: The token's id.
    ///   - partnerId: The partner owning the token.
    public func uploadedFileURL(uploadTokenId: String, partnerId: Int) -> URL? {
        let url = uploads.fileURL(partnerId: partnerId, token: uploadTokenId)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
