import KalturaSchema

/// The not-found errors of the core services, for schemas that predate the error catalogue
/// (3.x schemas have no `<errors>`): the server of that age answered these same codes, so an
/// unknown id gets `CATEGORY_NOT_FOUND`, `ENTRY_ID_NOT_FOUND`, `INVALID_USER_ID`, … rather
/// than a generic error. Codes, message templates and parameters are the wire contract, as
/// the 22.15.0 catalogue lists them; the service map follows what each service's `get`
/// declares there.
enum CoreNotFoundErrors {
    /// The error a core service answers for an unknown id, by service id.
    static let byService: [String: String] = [
        "accesscontrol": "ACCESS_CONTROL_ID_NOT_FOUND",
        "accesscontrolprofile": "ACCESS_CONTROL_ID_NOT_FOUND",
        "apptoken": "APP_TOKEN_ID_NOT_FOUND",
        "baseentry": "ENTRY_ID_NOT_FOUND",
        "bulkupload": "BULK_UPLOAD_NOT_FOUND",
        "category": "CATEGORY_NOT_FOUND",
        "conversionprofile": "CONVERSION_PROFILE_ID_NOT_FOUND",
        "data": "ENTRY_ID_NOT_FOUND",
        "document": "ENTRY_ID_NOT_FOUND",
        "fileasset": "FILE_ASSET_ID_NOT_FOUND",
        "flavorasset": "FLAVOR_ASSET_ID_NOT_FOUND",
        "flavorparams": "FLAVOR_PARAMS_ID_NOT_FOUND",
        "flavorparamsoutput": "FLAVOR_PARAMS_OUTPUT_ID_NOT_FOUND",
        "livechannel": "ENTRY_ID_NOT_FOUND",
        "livechannelsegment": "LIVE_CHANNEL_SEGMENT_ID_NOT_FOUND",
        "livestream": "ENTRY_ID_NOT_FOUND",
        "media": "ENTRY_ID_NOT_FOUND",
        "mixing": "ENTRY_ID_NOT_FOUND",
        "playlist": "INVALID_ENTRY_ID",
        "responseprofile": "RESPONSE_PROFILE_ID_NOT_FOUND",
        "storageprofile": "STORAGE_PROFILE_ID_NOT_FOUND",
        "syndicationfeed": "INVALID_FEED_ID",
        "thumbasset": "THUMB_ASSET_ID_NOT_FOUND",
        "thumbparamsoutput": "THUMB_PARAMS_OUTPUT_ID_NOT_FOUND",
        "uiconf": "INVALID_UI_CONF_ID",
        "uploadtoken": "UPLOAD_TOKEN_NOT_FOUND",
        "user": "INVALID_USER_ID",
        "userentry": "USER_ENTRY_NOT_FOUND",
        "widget": "INVALID_WIDGET_ID",
        "metadata_metadata": "METADATA_NOT_FOUND",
        "metadata_metadataprofile": "METADATA_PROFILE_NOT_FOUND",
        "cuepoint_cuepoint": "INVALID_CUE_POINT_ID",
        "annotation_annotation": "INVALID_CUE_POINT_ID",
        "caption_captionasset": "CAPTION_ASSET_ID_NOT_FOUND",
        "attachment_attachmentasset": "ATTACHMENT_ASSET_ID_NOT_FOUND",
        "eventnotification_eventnotificationtemplate": "EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND",
        "contentdistribution_distributionprofile": "DISTRIBUTION_PROFILE_NOT_FOUND",
        "contentdistribution_entrydistribution": "ENTRY_DISTRIBUTION_NOT_FOUND",
        "scheduledtask_scheduledtaskprofile": "SCHEDULED_TASK_PROFILE_NOT_FOUND",
    ]

    /// The definitions, by error name.
    static let definitions: [String: ErrorDefinition] = {
        let table: [(String, String, [String])] = [
            ("ENTRY_ID_NOT_FOUND", #"Entry id "@ENTRY_ID@" not found"#, ["ENTRY_ID"]),
            ("INVALID_ENTRY_ID", #"Invalid entry id ["@ID@"]"#, ["ID"]),
            ("CATEGORY_NOT_FOUND", #"Category id "@ID@" not found"#, ["ID"]),
            ("INVALID_USER_ID", "Invalid user id", []),
            ("UPLOAD_TOKEN_NOT_FOUND", "Upload token not found", []),
            ("ACCESS_CONTROL_ID_NOT_FOUND", #"Access control id "@ID@" not found"#, ["ID"]),
            ("APP_TOKEN_ID_NOT_FOUND", #"Application token id "@ID@" not found"#, ["ID"]),
            ("CONVERSION_PROFILE_ID_NOT_FOUND", #"Conversion profile id "@ID@" not found"#, ["ID"]),
            ("FLAVOR_ASSET_ID_NOT_FOUND", #"Flavor asset id "@ID@" not found"#, ["ID"]),
            ("THUMB_ASSET_ID_NOT_FOUND", #"The Thumbnail asset id "@ID@" not found"#, ["ID"]),
            ("FLAVOR_PARAMS_ID_NOT_FOUND", #"Flavor params id "@ID@" not found"#, ["ID"]),
            ("FLAVOR_PARAMS_OUTPUT_ID_NOT_FOUND", #"Flavor params output id "@ID@" not found"#, ["ID"]),
            ("THUMB_PARAMS_OUTPUT_ID_NOT_FOUND", #"Thumbnail params output id "@ID@" not found"#, ["ID"]),
            ("FILE_ASSET_ID_NOT_FOUND", #"File asset id ["@ASSET_ID@"] not found"#, ["ASSET_ID"]),
            ("LIVE_CHANNEL_SEGMENT_ID_NOT_FOUND", "Live channel segment id [@SEGMENT_ID@] not found", ["SEGMENT_ID"]),
            ("INVALID_UI_CONF_ID", "Unknown uiConf [@UI_CONF_ID@]", ["UI_CONF_ID"]),
            ("INVALID_WIDGET_ID", "Unknown widget [@WIDGET_ID@]", ["WIDGET_ID"]),
            ("INVALID_FEED_ID", "Unknown feed [@FEED_ID@]", ["FEED_ID"]),
            ("STORAGE_PROFILE_ID_NOT_FOUND", "Storage profile id @ID@ not found", ["ID"]),
            ("BULK_UPLOAD_NOT_FOUND", #"Bulk upload id "@ID@" not found"#, ["ID"]),
            ("RESPONSE_PROFILE_ID_NOT_FOUND", "Response profile id [@ID@] not found", ["ID"]),
            ("USER_ENTRY_NOT_FOUND", " User-Entry id [@USER_ENTRY_ID@] not found", ["USER_ENTRY_ID"]),
            ("METADATA_NOT_FOUND", "metadata not found, id [@ID@]", ["ID"]),
            ("METADATA_PROFILE_NOT_FOUND", "metadata profile not found, id [@ID@]", ["ID"]),
            ("INVALID_CUE_POINT_ID", "Invalid cue point id [@ID@]", ["ID"]),
            ("CAPTION_ASSET_ID_NOT_FOUND", #"Caption asset id "@ASSET_ID@" not found"#, ["ASSET_ID"]),
            ("ATTACHMENT_ASSET_ID_NOT_FOUND", #"Attachment asset id "@ASSET_ID@" not found"#, ["ASSET_ID"]),
            ("EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND", "Event notification template id [@ID@] not found", ["ID"]),
            ("DISTRIBUTION_PROFILE_NOT_FOUND", "Distribution profile not found [@PROFILE_ID@]", ["PROFILE_ID"]),
            ("ENTRY_DISTRIBUTION_NOT_FOUND", "Entry distribution not found [@ENTRY_ID@]", ["ENTRY_ID"]),
            ("SCHEDULED_TASK_PROFILE_NOT_FOUND", "Scheduled task profile [@ID@] not found", ["ID"]),
        ]
        var index: [String: ErrorDefinition] = [:]
        for (name, message, parameters) in table {
            index[name] = ErrorDefinition(name: name, code: name, message: message, parameters: parameters)
        }
        return index
    }()
}
