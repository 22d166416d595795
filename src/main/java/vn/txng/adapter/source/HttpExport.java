package vn.txng.adapter.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One {@code txng-http-source}'s export (bean {@code txng-http-<sourceId>}): builds the conditional
 * GET (RFC 9110 {@code If-None-Match} / {@code If-Modified-Since}) with the source's credentials,
 * streams a 200's body to the work folder while hashing it (SHA-256), skips a body equal to the
 * last one processed, and remembers the validators and hash once the body's records are staged.
 * A new body is claimed by its hash in the source's {@link ProcessedFiles} first, so that of the
 * nodes sharing a PostgreSQL outbox only one reads it; its claim is released if its exchange fails.
 * Only the last body processed is remembered there: an export that returns to an earlier content
 * (A, B, then A again) is read again, so the portal gets what the export says now.
 */
public final class HttpExport {

    /** Header: true when the body just fetched is the one processed last time. */
    public static final String UNCHANGED = "TxngUnchanged";
    private static final String PENDING = "TxngHttpValidators";
    private static final String CLAIMED = "TxngHttpClaim";

    private final String sourceId;
    private final String fileName;
    private final Path workDir;
    private final SourceStates states;
    private final String authorization;
    private final ProcessedFiles bodies;

    HttpExport(String sourceId, String url, Path workDir, SourceStates states, ProcessedFiles bodies, String username, String password,
            String bearerToken) {
        this.sourceId = sourceId;
        this.bodies = bodies;
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        this.fileName = last.isEmpty() ? sourceId + ".export" : last;
        this.workDir = workDir;
        this.states = states;
        if (bearerToken != null) {
            this.authorization = "Bearer " + bearerToken;
        } else if (username != null) {
            String pair = username + ":" + (password == null ? "" : password);
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        } else {
            this.authorization = null;
        }
    }

    /** Route step before the call: a GET with the source's credentials and the last validators. */
    public void request(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(null);
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        if (authorization != null) {
            message.setHeader("Authorization", authorization);
        }
        SourceStates.HttpValidators last = states.httpValidators(sourceId);
        if (last.etag() != null) {
            message.setHeader("If-None-Match", last.etag());
        }
        if (last.lastModified() != null) {
            message.setHeader("If-Modified-Since", last.lastModified());
        }
    }

    /** Route step after a 200: the body streamed to disk and hashed; {@link #UNCHANGED} set when it is the last one processed. */
    public void download(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        message.removeHeader("Authorization");
        Files.createDirectories(workDir);
        // a name of its own: two nodes given one data folder never write into each other's copy
        Path target = Files.createTempFile(workDir, fileName + "-", ".download");
        MessageDigest sha256 = sha256();
        try (InputStream in = message.getBody(InputStream.class);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            // no body at all: an empty export, read as an empty file
            if (in != null) {
                in.transferTo(out);
            }
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        boolean unchanged = hash.equals(states.httpValidators(sourceId).contentHash());
        exchange.setProperty(PENDING, new SourceStates.HttpValidators(message.getHeader("ETag", String.class),
                message.getHeader("Last-Modified", String.class), hash));
        message.setHeader("CamelFileLocalWorkPath", target.toString());
        message.setHeader(Exchange.FILE_NAME, fileName);
        if (unchanged) {
            // the same content, served without validators: nothing to read again, but remember the validators
            message.setHeader(UNCHANGED, true);
            processed(exchange);
        } else if (!bodies.add(bodyKey(hash))) {
            // another node reads this body now (it records the validators when done), or has just read it
            message.setHeader(UNCHANGED, true);
            Files.deleteIfExists(target);
            if (bodies.isProcessed(bodyKey(hash))) {
                // read already: remember its validators, so the next fetch is conditional, not a full download
                states.httpProcessed(sourceId, exchange.getProperty(PENDING, SourceStates.HttpValidators.class));
            }
        } else {
            exchange.setProperty(CLAIMED, bodyKey(hash));
            message.setHeader(UNCHANGED, false);
        }
    }

    private static String bodyKey(String hash) {
        return "sha256:" + hash;
    }

    /** Route step once the body's records are staged (or it was found unreadable): remember it, drop the copy. */
    public void processed(Exchange exchange) throws IOException {
        SourceStates.HttpValidators fetched = exchange.getProperty(PENDING, SourceStates.HttpValidators.class);
        if (fetched != null) {
            states.httpProcessed(sourceId, fetched);
        }
        String claimed = exchange.getProperty(CLAIMED, String.class);
        if (claimed != null) {
            bodies.confirmLatest(claimed);
        }
        deleteCopy(exchange);
    }

    /**
     * Route step when the fetch or the staging failed (not the data): the body's claim is released, so
     * that the next fetch, on any node, reads it; the downloaded copy is dropped.
     */
    public void failed(Exchange exchange) throws IOException {
        String claimed = exchange.getProperty(CLAIMED, String.class);
        if (claimed != null) {
            try {
                bodies.remove(claimed);
            } catch (ProcessedFilesException e) {
                // the database is what failed: the claim waits out its lease instead (this node takes it back sooner)
            }
            exchange.removeProperty(CLAIMED);
        }
        deleteCopy(exchange);
    }

    private static void deleteCopy(Exchange exchange) throws IOException {
        String local = exchange.getMessage().getHeader("CamelFileLocalWorkPath", String.class);
        if (local != null) {
            Files.deleteIfExists(Path.of(local));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
