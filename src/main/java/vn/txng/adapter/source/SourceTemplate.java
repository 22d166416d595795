package vn.txng.adapter.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The file source templates an integrator instantiates from {@code routes/}, with the parameters
 * each declares. Defaults follow issue 9's table; the README has one table per template.
 */
public enum SourceTemplate {

    FTP("txng-ftp-source", "ftp", 21, "changed"),
    FTPS("txng-ftps-source", "ftps", 21, "changed"),
    SFTP("txng-sftp-source", "sftp", 22, "rename"),
    HTTP("txng-http-source", "http", 0, null),
    HTTP_INBOX(SourceTemplates.HTTP_INBOX_TEMPLATE, "inbox", 0, null);

    private static final SourceParameter SOURCE_ID = SourceParameter.required("sourceId",
            "names the source in reports, `status`, logs and metrics; lower-case letters, digits and `-`");
    private static final SourceParameter EDI_CHARSET = SourceParameter.optional("ediCharset",
            "decode this source's EDI files with this charset whatever they declare (`windows-1258`)");
    private static final SourceParameter TIME_ZONE = SourceParameter.optional("timeZone",
            "the time zone of this source's event times given without an offset (`Asia/Bangkok`); none: `txng.events.time-zone`");

    private static final SourceParameter SHEET_MAPPING = SourceParameter.optional("sheetMapping",
            "the column mapping of this source's workbooks and CSV files, a properties file beside the routes (`client-a.mapping.properties`); none: the ready mapping the headings match");
    private static final SourceParameter TEXT_CHARSET = SourceParameter.optional("textCharset",
            "decode this source's CSV files without a byte-order mark with this charset (`windows-1258`, `TCVN3`); none: UTF-8");
    private static final SourceParameter DECIMAL_MARK = SourceParameter.optional("decimalMark",
            "`comma` (1.234,5) or `point` (1,234.5) for numbers written as text; none: `comma` in `;`-separated files and workbooks, else `point`");

    private final String id;
    private final String scheme;
    private final int defaultPort;
    private final String defaultReadLock;

    SourceTemplate(String id, String scheme, int defaultPort, String defaultReadLock) {
        this.id = id;
        this.scheme = scheme;
        this.defaultPort = defaultPort;
        this.defaultReadLock = defaultReadLock;
    }

    /** The {@code routeTemplateRef} an instance names. */
    public String id() {
        return id;
    }

    /** The Camel component: {@code ftp}, {@code ftps} or {@code sftp}. */
    public String scheme() {
        return scheme;
    }

    /** True for the templates that poll a file server (FTP, FTPS, SFTP). */
    public boolean fileServer() {
        return this == FTP || this == FTPS || this == SFTP;
    }

    /** Every parameter, the common file-source ones first. */
    public List<SourceParameter> parameters() {
        if (this == HTTP_INBOX) {
            return List.of(
                    SOURCE_ID,
                    new SourceParameter("token", null, true, true, "the ERP sends `Authorization: Bearer <token>`"),
                    SourceParameter.withDefault("maxSize", "1GB", "the largest body accepted (`KB`, `MB`, `GB` or bytes); larger: `413`"),
                    EDI_CHARSET, TIME_ZONE, SHEET_MAPPING, TEXT_CHARSET, DECIMAL_MARK);
        }
        if (this == HTTP) {
            return List.of(
                    SOURCE_ID,
                    SourceParameter.required("url", "the export's URL (`https://...`); fetched with GET"),
                    SourceParameter.withDefault("delay", "15m", "the time between two fetches"),
                    SourceParameter.optional("username", "for HTTP basic authentication"),
                    SourceParameter.secret("password", "for HTTP basic authentication"),
                    SourceParameter.secret("bearerToken", "sent as `Authorization: Bearer <token>`, instead of basic authentication"),
                    EDI_CHARSET, TIME_ZONE, SHEET_MAPPING, TEXT_CHARSET, DECIMAL_MARK);
        }
        List<SourceParameter> all = new ArrayList<>(List.of(
                SOURCE_ID,
                SourceParameter.required("host", "the server's host name or address"),
                SourceParameter.withDefault("port", Integer.toString(defaultPort), "the server's port"),
                SourceParameter.required("username", "the account the adapter logs in with"),
                SourceParameter.secret("password", "the account's password"),
                SourceParameter.withDefault("directory", "/", "the folder the ERP writes into, from the account's login folder (the root of a chrooted account)"),
                SourceParameter.withDefault("include", ".*", "a regular expression on file names; only matching files are read"),
                SourceParameter.withDefault("delay", "60s", "the time between two polls"),
                SourceParameter.withDefault("readLock", defaultReadLock,
                        "`changed` (size and time unchanged for `minAge`), `rename` (the file can be renamed) or `done-file` (a marker file)"),
                SourceParameter.withDefault("minAge", "10s", "for `changed`: how long a file must stay unchanged"),
                SourceParameter.withDefault("doneFileName", "${file:name}.done", "for `done-file`: the marker's name"),
                SourceParameter.withDefault("afterRead", "move",
                        "`move` to `.done/<yyyy-MM-dd>/` (failures to `.error/`), `delete`, or `keep` for a read-only account"),
                EDI_CHARSET, TIME_ZONE, SHEET_MAPPING, TEXT_CHARSET, DECIMAL_MARK));
        switch (this) {
            case FTP -> all.add(SourceParameter.withDefault("passiveMode", "true", "passive FTP (the client opens the data connections)"));
            case FTPS -> {
                all.add(SourceParameter.withDefault("passiveMode", "true", "passive FTP (the client opens the data connections)"));
                all.add(SourceParameter.withDefault("implicit", "false", "`true`: implicit TLS (port 990 usually); `false`: explicit `AUTH TLS`"));
                all.add(SourceParameter.optional("trustStoreFile", "a PKCS12 or JKS trust store for the server's certificate; none: the JVM's"));
                all.add(SourceParameter.secret("trustStorePassword", "the trust store's password"));
            }
            case HTTP, HTTP_INBOX -> { }
            case SFTP -> {
                all.add(SourceParameter.optional("privateKeyFile", "an OpenSSH or PEM private key, instead of or beside the password"));
                all.add(SourceParameter.secret("privateKeyPassphrase", "the private key's passphrase"));
                all.add(SourceParameter.required("knownHostsFile", "a known_hosts file holding the server's host key"));
                all.add(SourceParameter.withDefault("strictHostKeyChecking", "yes",
                        "`no` accepts any host key (a WARN at every start says so); leave it `yes`"));
            }
        }
        return List.copyOf(all);
    }
}
