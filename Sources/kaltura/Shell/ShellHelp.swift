/// The text `help` prints in `kaltura shell`.
enum ShellHelp {
    static let text = """
        Calls, in the same syntax as kaltura call:
          media.list filter:nameLike=x pager:pageSize=5
          metadata.metadataProfile.list
          media.add entry:name="My clip" entry:mediaType=VIDEO
          uploadToken.upload uploadTokenId=$_.id fileData=@clip.mp4
        Each result is printed and kept: $_ is the last one, $1, $2, … every one in order, and a path
        into one is a value: media.get entryId=$_.id, media.get entryId=$1.objects.0.id.
        A line that is only a reference ($_, $2.objects.0) prints it as JSON.

        Commands:
          describe NAME        a service, action, class, enum, plugin or error
          search TEXT          names and descriptions that contain every word of TEXT
          session              the current session (the KS itself is never shown)
          session start [SECRET] [type=ADMIN|USER] [userId=ID] [expiry=SECONDS] [privileges=TEXT]
                               a new session from the partner's admin secret (default: the one the
                               shell was started with)
          session use KS|$_    make a KS (say, the result of session.start) the session
          session clear        calls without a session
          help                 this text
          exit, quit           leave (so does Ctrl-D)

        On a terminal, Tab completes services, actions, parameters, nested properties, objectType
        values, enum constants and file paths after =@; history is kept in ~/.kaltura_history
        (KALTURA_HISTORY names another file). Lines that name a secret, a password or a KS are not kept.
        """
}
