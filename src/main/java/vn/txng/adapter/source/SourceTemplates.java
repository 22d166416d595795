package vn.txng.adapter.source;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import vn.txng.adapter.ingest.UnreadableFileException;

/**
 * The source templates, shipped in the jar and added whichever routes folder is used; an instance
 * is a {@code templatedRoute} in {@code routes/}. A file source polls its server and downloads a
 * file whole into {@code <data>/work/<sourceId>/} (binary, streamed to disk); the HTTP source
 * fetches a URL; the HTTP inbox reads what was POSTed. Each then sends the file down the same
 * pipeline as the local inbox: streaming reader, checks, staging, report. Written in Java, not
 * YAML, because {@code readLock} and {@code afterRead} each map to a different set of camel-ftp
 * options, which only a template converter (Camel's hook between parameters and route) can choose.
 */
public final class SourceTemplates extends RouteBuilder {

    /** Header: the {@code sourceId} of the file's source. */
    public static final String SOURCE_ID = "TxngSourceId";
    /** Header: {@code done} or {@code error}, the folder (under {@code .done}/{@code .error}) a moved file goes to. */
    public static final String OUTCOME = "TxngOutcome";
    /** Header: the file's key in the source's repository (name, size, modification time), as the endpoint's idempotentKey. */
    static final String FILE_KEY = "TxngFileKey";
    /** Property: how many polls each source makes; 0 (the default) for no limit, 1 for {@code run --once}. */
    public static final String REPEAT_COUNT = "txng.sources.poll-count";

    // the options every file source shares; a {{?name}} option is left out when its template step did not set it
    private static final String COMMON_OPTIONS = "include={{include}}&delay={{delay}}&sortBy=file:modified"
            + "&localWorkDirectory={{txngWorkDir}}"
            // changed: Camel's strategy with a time-out and a WARN when it gives up (ReadLockWatch); an empty file is read
            + "&readLock={{txngReadLock}}&exclusiveReadLockStrategy={{?txngLockStrategy}}"
            + "&readLockLoggingLevel=DEBUG&doneFileName={{?txngDoneFileName}}"
            + "&move={{?txngMove}}&delete={{?txngDelete}}&noop={{?txngNoop}}"
            // claimed by this node at listing (another node skips it), confirmed when staged, released on failure;
            // a claim left by a node that died is taken over after txng.sources.claim-lease (ProcessedFiles)
            + "&idempotent=true&idempotentEager=true&idempotentRepository=#txng-files-{{sourceId}}"
            // the same as the route's FILE_KEY header
            + "&idempotentKey=${file:name}-${file:size}-${file:modified}"
            + "&pollStrategy=#txng-source-{{sourceId}}&exceptionHandler=#txng-source-{{sourceId}}"
            + "&onCompletionExceptionHandler=#txng-source-{{sourceId}}"
            // run --once: one poll per source
            + "&repeatCount={{" + REPEAT_COUNT + ":0}}"
            // a refused connection fails the poll (one WARN per streak from the monitor), then waits 5 polls
            + "&throwExceptionOnConnectFailed=true&maximumReconnectAttempts=0&backoffErrorThreshold=1&backoffMultiplier=5";

    // the password and passphrase are not in the URI: the source's monitor sets them on the endpoint
    private static final String LOGIN = "username={{username}}&";

    /** The HTTP inbox's template id, which a route file names to make the adapter serve HTTP. */
    public static final String HTTP_INBOX_TEMPLATE = "txng-http-inbox";

    private final boolean httpInbox;

    /** {@code httpInbox}: also serve {@code /inbox/...} on the embedded HTTP server (which must then be enabled). */
    public SourceTemplates(boolean httpInbox) {
        this.httpInbox = httpInbox;
    }

    @Override
    public void configure() {
        fileSource(SourceTemplate.FTP, "ftp:{{host}}:{{port}}/{{txngPath}}?" + LOGIN + "passiveMode={{passiveMode}}&binary=true&");
        fileSource(SourceTemplate.FTPS, "ftps:{{host}}:{{port}}/{{txngPath}}?" + LOGIN + "passiveMode={{passiveMode}}&binary=true"
                + "&implicit={{implicit}}&sslContextParameters=#txng-tls-{{sourceId}}&execPbsz=0&execProt=P&");
        fileSource(SourceTemplate.SFTP, "sftp:{{host}}:{{port}}/{{txngPath}}?" + LOGIN
                + "privateKeyFile={{?privateKeyFile}}"
                + "&knownHostsFile={{knownHostsFile}}&useUserKnownHostsFile=false&strictHostKeyChecking={{strictHostKeyChecking}}&");
        httpSource();
        httpInbox();
    }

    private void fileSource(SourceTemplate template, String endpoint) {
        RouteDefinition from = declare(template).from(endpoint + COMMON_OPTIONS);
        // a file that cannot be read on is reported, marked as processed and moved to .error (a data fault,
        // not retried); any other failure (the database) leaves the file unmarked for the next poll
        ProcessorDefinition<?> route = reportedAsFailed(from.onException(UnreadableFileException.class).handled(true)
                .setHeader(OUTCOME, constant("error")))
            .end()
            // this node's claim ran out while the file waited and another node has it (one WARN from the
            // repository): the exchange fails without a report, so the file is neither confirmed nor moved
            .onException(ClaimLostException.class).handled(false).logExhausted(false).logStackTrace(false)
            .end();
        readAndStage(route.setHeader(OUTCOME, constant("done"))
                .setHeader(FILE_KEY, simple("${file:name}-${file:size}-${file:modified}"))
                // the claim taken at listing still ours? a big poll batch can outlast its lease
                .bean("txng-files-{{sourceId}}", "hold(${header." + FILE_KEY + "})"), true);
    }

    /** txng-http-source: a conditional GET every {{delay}}; a new body is read like a file. */
    private void httpSource() {
        RouteDefinition from = declare(SourceTemplate.HTTP)
            .from("timer:txng-http-{{sourceId}}?period={{delay}}&repeatCount={{" + REPEAT_COUNT + ":0}}");
        // a body that cannot be read is reported and remembered (not fetched again until it changes)
        ProcessorDefinition<?> route = reportedAsFailed(from.onException(UnreadableFileException.class).handled(true))
                .bean("txng-http-{{sourceId}}", "processed")
                .bean("txng-source-{{sourceId}}", "fetched")
            .end()
            // the server, the network or the credentials: one WARN per streak, tried again at the next fetch
            .onException(Exception.class).handled(true)
                .bean("txng-http-{{sourceId}}", "failed")
                .bean("txng-source-{{sourceId}}", "fetchFailed(${exception})")
            .end();
        ProcessorDefinition<?> steps = route
            .bean("txng-http-{{sourceId}}", "request")
            .to("{{txngHttpUri}}")
            // 304 Not Modified: the export has not changed since the last body processed
            .choice().when(header(Exchange.HTTP_RESPONSE_CODE).isEqualTo(304))
                .bean("txng-source-{{sourceId}}", "fetched")
                .stop()
            .end()
            .bean("txng-http-{{sourceId}}", "download")
            // served again without validators but the same bytes (same SHA-256): not read again
            .choice().when(header(HttpExport.UNCHANGED).isEqualTo(true))
                .bean("txng-source-{{sourceId}}", "fetched")
                .stop()
            .end();
        readAndStage(steps, false)
            .bean("txng-http-{{sourceId}}", "processed")
            .bean("txng-source-{{sourceId}}", "fetched");
    }

    /**
     * txng-http-inbox: the embedded HTTP server's {@code POST /inbox/{sourceId}} writes the body into the
     * source's spool folder (bean httpInbox); the instance's route reads what lands there.
     */
    private void httpInbox() {
        if (!httpInbox) {
            return;
        }
        from("platform-http:/inbox/{sourceId}?httpMethodRestrict=POST&useStreaming=true").routeId("http-inbox")
            .bean("httpInbox", "receive");
        from("platform-http:/inbox/{sourceId}/receipts/{receipt}?httpMethodRestrict=GET").routeId("http-inbox-receipts")
            .bean("httpInbox", "receipt");
        RouteDefinition from = declare(SourceTemplate.HTTP_INBOX)
            .from("file:{{txngSpool}}?readLock=none&delay={{txng.inbox.poll-delay}}&initialDelay={{txng.inbox.poll-delay}}"
                    + "&sortBy=file:modified&move={{txngDataDir}}/${header." + OUTCOME + "}/{{sourceId}}/${date:now:yyyy-MM-dd}/${file:name}"
                    + "&pollStrategy=#txng-source-{{sourceId}}&exceptionHandler=#txng-source-{{sourceId}}"
                    + "&repeatCount={{" + REPEAT_COUNT + ":0}}");
        // a body that cannot be read: its report says why, the file goes to <data>/failed/<sourceId>/
        ProcessorDefinition<?> route = reportedAsFailed(from.onException(UnreadableFileException.class).handled(true)
                .setHeader(OUTCOME, constant("failed")))
            .end()
            .setHeader(OUTCOME, constant("processed"))
            .setHeader("CamelFileLocalWorkPath", header(Exchange.FILE_PATH));
        readAndStage(route, false);
    }

    /**
     * The steps every source takes for a file that cannot be read on: the records staged before the break are written
     * and on disk before the file is moved, its report says why, and it counts as done for the source.
     */
    private static OnExceptionDefinition reportedAsFailed(OnExceptionDefinition onException) {
        return onException.bean("outboxStaging", "settle")
                .bean("fileReports", "failed(${body}, ${exception}, ${header.CamelFileName}, ${header." + SOURCE_ID + "})")
                .bean("sourceBook", "fileDone");
    }

    /** The template with its declared parameters, and the converter that adds the options derived from them. */
    private RouteTemplateDefinition declare(SourceTemplate template) {
        RouteTemplateDefinition definition = routeTemplate(template.id());
        for (SourceParameter parameter : template.parameters()) {
            definition.templateParameter(parameter.name(), parameter.defaultValue(),
                    (parameter.secret() ? "Secret: " : "") + parameter.description());
        }
        for (RouteTemplateParameterDefinition declared : definition.getTemplateParameters()) {
            declared.setRequired(template.parameters().stream().anyMatch(p -> p.name().equals(declared.getName()) && p.required()));
        }
        // the converter makes each instance's route: the derived options join its parameters first
        getCamelContext().getCamelContextExtension().getContextPlugin(Model.class).addRouteTemplateDefinitionConverter(template.id(),
                (routeTemplate, parameters) -> {
                    SourceOptions.apply(template, parameters, getCamelContext());
                    return RouteTemplateDefinition.Converter.DEFAULT_CONVERTER.apply(routeTemplate, parameters);
                });
        return definition;
    }

    /**
     * The steps after a file is downloaded, as in the local inbox's route; {@code claimed}: the file is
     * claimed in the source's repository under header {@link #FILE_KEY}, and the claim is kept alive while it is staged.
     */
    private ProcessorDefinition<?> readAndStage(ProcessorDefinition<?> route, boolean claimed) {
        // sniff the format, open a streaming reader on the downloaded copy and the file's report
        ProcessorDefinition<?> chunks = route
            .setHeader(SOURCE_ID, constant("{{sourceId}}"))
            .bean("recordReaders", "openDownloaded(${header.CamelFileLocalWorkPath}, ${header.CamelFileName}, ${header." + SOURCE_ID
                    + "}, '{{ediCharset}}', '{{timeZone}}', '{{sheetMapping}}', '{{textCharset}}', '{{decimalMark}}')")
            // records travel in chunks: checked, normalised, staged
            .split(body()).streaming().stopOnException()
                .bean("identifierNormalizer", "normalize")
                // a lot with a production date and site starts its chain: a SAN_XUAT event after it
                .bean("productionEvents", "addInZone(${body}, '{{timeZone}}')")
                .bean("outboxStaging", "stage");
        if (claimed) {
            // a file longer to stage than the claim's lease keeps its claim while this node works on it
            chunks = chunks.bean("txng-files-{{sourceId}}", "renew(${header." + FILE_KEY + "})");
        }
        return chunks.end()
            // staged records reach the disk before the file is marked processed and moved
            .bean("outboxStaging", "flush")
            .bean("fileReports", "completed")
            .bean("sourceBook", "fileDone");
    }
}
