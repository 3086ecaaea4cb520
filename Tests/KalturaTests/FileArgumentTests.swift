import Foundation
import Kaltura
import Testing

/// `KalturaFile`: reading files, and where a call may and may not carry one, in exact words.
@Suite("File arguments")
struct FileArgumentTests {
    let transport = FakeTransport(body: "null")
    static let file = KalturaFile(data: Data("hello".utf8), fileName: "a.txt")

    private var client: KalturaClient { TestClients.make(transport: transport) }

    private func expectMessage(_ expected: String, sourceLocation: SourceLocation = #_sourceLocation,
                               _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected a KalturaValidationError", sourceLocation: sourceLocation)
        } catch let error as KalturaValidationError {
            #expect(error.description == expected, sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected a KalturaValidationError, got \(error)", sourceLocation: sourceLocation)
        }
        #expect(transport.requests.isEmpty, "nothing is sent", sourceLocation: sourceLocation)
    }

    // MARK: - Validation

    @Test func aFileParameterNeedsAFileAndOtherParametersRefuseOne() async {
        await expectMessage("""
            invalid call to uploadToken.upload (2 problems):
              - fileData: expected a file (KalturaFile), got string "movie.mp4"
              - resume: expected bool, got file "a.txt" (5 bytes)
            """) { _ = try await client.uploadToken.upload(uploadTokenId: "t", fileData: "movie.mp4", resume: Self.file) }
    }

    @Test func aMissingFileIsAMissingParameter() async {
        await expectMessage("""
            invalid call to uploadToken.upload (2 problems):
              - uploadTokenId: missing required parameter (string)
              - fileData: missing required parameter (file)
            """) { _ = try await client.uploadToken.upload(resume: true) }
    }

    @Test func filesGoByNameToAParameterOfTheirOwn() async {
        await expectMessage("""
            invalid call to uploadToken.upload (1 problem):
              - argument #2: a file can only be passed by name to a file parameter (such as fileData: KalturaFile(…)), not by position
            """) { _ = try await client.uploadToken.upload("t", Self.file) }
        await expectMessage("""
            invalid call to uploadToken.upload (2 problems):
              - fileDta: unknown parameter; did you mean "fileData"?
              - fileData: missing required parameter (file)
            """) { _ = try await client.uploadToken.upload("t", fileDta: Self.file) }
        // A file inside another value, such as ["name": Self.file], does not compile: a literal holds KalturaValues.
    }

    @Test func aFileGivenTwiceOrBesideAValue() async {
        await expectMessage("""
            invalid call to uploadToken.upload (1 problem):
              - fileData: given more than once
            """) { _ = try await client.uploadToken.upload(uploadTokenId: "t", fileData: Self.file, fileData: Self.file) }
        await expectMessage("""
            invalid call to uploadToken.upload (1 problem):
              - fileData: given more than once
            """) {
            _ = try await client.call(KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "t", "fileData": "x"],
                                                  files: ["fileData": Self.file])!)
        }
    }

    @Test func anOptionalFileIsAFileAndNilLeavesItOut() async throws {
        let file: KalturaFile? = Self.file
        _ = try await client.uploadToken.upload(uploadTokenId: "t", fileData: file)
        #expect(transport.requests.last?.header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
        let none: KalturaFile? = nil
        await #expect(throws: KalturaValidationError.self) { _ = try await client.uploadToken.upload(uploadTokenId: "t", fileData: none) }
    }

    @Test func withoutValidationAFileStillTravels() throws {
        let client = TestClients.make(validates: false)
        let request = try client.request(for: KalturaCall("media.get", files: ["entryId": Self.file])!)
        #expect(String(decoding: request.body, as: UTF8.self).contains("name=\"entryId\"; filename=\"a.txt\""))
    }

    // MARK: - Reading files

    @Test func readingAFileTakesItsNameAndBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("clip.mp4")
        try Data([1, 2, 3]).write(to: url)

        let file = try KalturaFile(contentsOf: url, mimeType: "video/mp4")
        #expect(file == KalturaFile(data: Data([1, 2, 3]), fileName: "clip.mp4", mimeType: "video/mp4"))
        #expect(try KalturaFile(contentsOf: url, fileName: "other.bin").fileName == "other.bin")
        #expect(try KalturaFile(contentsOf: url).mimeType == "application/octet-stream")
        #expect(file.description == "file \"clip.mp4\" (3 bytes)")

        let missing = folder.appendingPathComponent("missing.mp4")
        #expect(throws: KalturaFileError.notFound(path: missing.path)) { try KalturaFile(contentsOf: missing) }
        #expect(KalturaFileError.notFound(path: "/x/missing.mp4").description == "cannot read /x/missing.mp4: no such file")
        #expect(throws: KalturaFileError.isDirectory(path: folder.path)) { try KalturaFile(contentsOf: folder) }
        #expect(KalturaFileError.isDirectory(path: "/x").description == "cannot read /x: it is a directory")
        let remote = URL(string: "https://example.com/a.mp4")!
        #expect(throws: KalturaFileError.notAFileURL(url: "https://example.com/a.mp4")) { try KalturaFile(contentsOf: remote) }
        #expect(KalturaFileError.notAFileURL(url: "https://example.com/a.mp4").description
            == "cannot read https://example.com/a.mp4: only file URLs can be read")
    }
}
