import Foundation
import KalturaCompletion
import KalturaSchema
import KalturaTestSupport
import Testing

/// `kaltura shell`'s completion engine over the real 22.15.0 schema, without a terminal.
@Suite("kaltura shell completion")
struct ShellCompletionTests {
    private func engine() throws -> CompletionEngine {
        CompletionEngine(schema: try TestFixtures.realSchema())
    }

    @Test("the first word completes commands, services, plugins and actions")
    func firstWord() throws {
        let engine = try engine()
        #expect(engine.complete("media.li").candidates == ["media.list", "media.listFlags"])
        #expect(engine.complete("media.li").commonPrefix == "media.list")
        #expect(engine.complete("media.lis").candidates == ["media.list", "media.listFlags"])
        #expect(engine.complete("media.listF").candidates == ["media.listFlags"])
        #expect(engine.complete("media.listF").endsWord)
        #expect(engine.complete("media.ad").candidates == ["media.add", "media.addContent", "media.addFromBulk", "media.addFromEntry",
                                                           "media.addFromFlavorAsset", "media.addFromRecordedWebcam",
                                                           "media.addFromSearchResult", "media.addFromUploadedFile", "media.addFromUrl"])
        #expect(engine.complete("media.u").candidates == ["media.update", "media.updateContent", "media.updateThumbnail",
                                                          "media.updateThumbnailFromSourceEntry", "media.updateThumbnailFromUrl",
                                                          "media.updateThumbnailJpeg", "media.upload"])
        #expect(engine.complete("media.u").commonPrefix == "media.up")
        #expect(engine.complete("metadata.metadataP").candidates == ["metadata.metadataProfile."])
        #expect(!engine.complete("metadata.metadataP").endsWord)
        #expect(engine.complete("metadata.metadataProfile.li").candidates
            == ["metadata.metadataProfile.list", "metadata.metadataProfile.listFields"])
        #expect(engine.complete("metadata_metadataprofile.up").candidates == ["metadata_metadataprofile.update",
                                                                              "metadata_metadataprofile.updateDefinitionFromFile",
                                                                              "metadata_metadataprofile.updateViewsFromFile",
                                                                              "metadata_metadataprofile.updateTransformationFromFile"].sorted())
        #expect(engine.complete("desc").candidates == ["describe"])
        #expect(engine.complete("medi").candidates == ["media.", "mediainfo."])
        #expect(engine.complete("nosuch.").candidates == [])
    }

    @Test("parameter names and inherited properties of the declared class, and of an objectType given earlier")
    func parameterPaths() throws {
        let schema = try TestFixtures.realSchema()
        let engine = CompletionEngine(schema: schema)
        #expect(engine.complete("media.list fi").candidates == ["filter:"])
        // nameLike is declared by KalturaBaseEntryBaseFilter, five classes above KalturaMediaEntryFilter.
        #expect(schema.classDefinition(named: "KalturaMediaEntryFilter")?.properties.contains { $0.name == "nameLike" } == false)
        let names = engine.complete("media.list filter:nameL")
        #expect(names.candidates == ["filter:nameLike="])
        #expect(!names.endsWord)
        #expect(engine.complete("media.list filter:nameM").candidates == ["filter:nameMultiLikeAnd=", "filter:nameMultiLikeOr="])
        #expect(engine.complete("media.list pager:pageS").candidates == ["pager:pageSize="])
        #expect(engine.complete("media.list filter:advancedS").candidates == ["filter:advancedSearch:"])
        #expect(engine.complete("media.list filter:objectT").candidates == ["filter:objectType="])
        // The cursor decides the word: only the text before it counts.
        #expect(engine.complete("media.list filter:nameL pager:pageSize=5", cursor: 23).candidates == ["filter:nameLike="])
        // A subclass named earlier on the line brings its own properties.
        #expect(engine.complete("media.list filter:advancedSearch:objectType=KalturaSearchOperator filter:advancedSearch:")
            .candidates == ["filter:advancedSearch:items:", "filter:advancedSearch:objectType=", "filter:advancedSearch:type="])
        #expect(engine.complete("media.list filter:advancedSearch:objectType=KalturaSearchOperator filter:advancedSearch:type=SEARCH_O")
            .candidates == ["filter:advancedSearch:type=SEARCH_OR"])
        #expect(engine.complete("media.list filter:advancedSearch:it").candidates == [])
        // Read-only properties are not offered for writing.
        #expect(engine.complete("media.add entry:createdA").candidates == [])
    }

    @Test("objectType values are the declared class and its subclasses")
    func objectTypeValues() throws {
        let schema = try TestFixtures.realSchema()
        let engine = CompletionEngine(schema: schema)
        let filters = engine.complete("media.list filter:objectType=").candidates
        #expect(filters == (["KalturaMediaEntryFilter"] + schema.descendants(of: "KalturaMediaEntryFilter")).map { "filter:objectType=\($0)" }.sorted())
        #expect(filters.contains("filter:objectType=KalturaMediaEntryFilterForPlaylist"))
        #expect(engine.complete("media.list filter:objectType=KalturaMediaEntryFilterF").candidates
            == ["filter:objectType=KalturaMediaEntryFilterForPlaylist"])
        #expect(engine.complete("media.list filter:advancedSearch:objectType=KalturaSearchO").candidates
            == ["filter:advancedSearch:objectType=KalturaSearchOperator"])
    }

    @Test("enum constants, booleans and file paths after =@")
    func values() throws {
        let engine = try engine()
        #expect(engine.complete("media.list filter:mediaTypeEqual=").candidates
            == ["AUDIO", "IMAGE", "LIVE_STREAM_FLASH", "LIVE_STREAM_QUICKTIME", "LIVE_STREAM_REAL_MEDIA", "LIVE_STREAM_WINDOWS_MEDIA", "VIDEO"]
            .map { "filter:mediaTypeEqual=\($0)" })
        #expect(engine.complete("media.list filter:mediaTypeEqual=li").candidates.count == 4)
        #expect(engine.complete("media.list filter:mediaTypeEqual=VI").candidates == ["filter:mediaTypeEqual=VIDEO"])
        #expect(engine.complete("media.list filter:mediaTypeEqual=VI").endsWord)
        #expect(engine.complete("media.list filter:nameLike=x").candidates == [])

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-shell-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("clips"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("clip.mp4"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".hidden"))
        let files = engine.complete("uploadToken.upload fileData=@\(folder.path)/cl")
        #expect(files.candidates == ["fileData=@\(folder.path)/clip.mp4", "fileData=@\(folder.path)/clips/"])
        #expect(files.commonPrefix == "fileData=@\(folder.path)/clip")
        #expect(engine.complete("uploadToken.upload fileData=@\(folder.path)/clip.").endsWord)
    }

    @Test("describe completes every kind of name; session and help their words")
    func commandArguments() throws {
        let engine = try engine()
        #expect(engine.complete("describe KalturaMediaEntryFilterF").candidates == ["KalturaMediaEntryFilterForPlaylist"])
        #expect(engine.complete("describe ENTRY_ID_NOT").candidates == ["ENTRY_ID_NOT_FOUND", "ENTRY_ID_NOT_GIVEN", "ENTRY_ID_NOT_REPLACED"])
        #expect(engine.complete("describe media.listF").candidates == ["media.listFlags"])
        #expect(engine.complete("session s").candidates == ["session show", "session start"].map { String($0.dropFirst(8)) })
        #expect(engine.complete("help se").candidates == ["search", "session"])
        #expect(engine.complete("search med").candidates == [])
    }

    @Test("lines split into words as a shell would")
    func words() {
        #expect(CommandLineWords.split(#"media.add entry:name="Big Buck Bunny" entry:tags='a b' x\ y"#)
            == ["media.add", "entry:name=Big Buck Bunny", "entry:tags=a b", "x y"])
        #expect(CommandLineWords.split("  a   b  ") == ["a", "b"])
        #expect(CommandLineWords.split(#"a="""#) == ["a="])
        #expect(CommandLineWords.split(#"a="open"#) == nil)
    }
}
