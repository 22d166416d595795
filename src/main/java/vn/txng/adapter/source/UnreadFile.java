package vn.txng.adapter.source;

/**
 * A file a one-pass run ({@code run --once}) left where it was, unread: {@code file} its name (null
 * when a whole source's files are meant: its poll did not finish), {@code source} the sourceId or
 * {@code inbox}, {@code reason} why, in words a person can act on. The next run tries it again.
 */
public record UnreadFile(String file, String source, String reason) {

    @Override
    public String toString() {
        return (file == null ? "every file not read of " + source : file + " (" + source + ")") + ": " + reason;
    }
}
