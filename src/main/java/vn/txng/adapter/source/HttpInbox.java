package vn.txng.adapter.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The HTTP inbox's doors (bean {@code httpInbox}), one per {@code txng-http-inbox} instance:
 * {@code POST /inbox/{sourceId}} streams the body into the source's spool folder and answers
 * {@code 202} with a receipt only once the file is complete and forced to disk; the source's route
 * then reads it like any other file, so a body accepted is processed even if the adapter stops
 * right after answering. {@code GET /inbox/{sourceId}/receipts/{id}} answers PENDING, then the
 * file's report. Errors: {@code 401} missing or wrong token (compared in constant time),
 * {@code 413} over {@code maxSize}, {@code 404} unknown source or receipt.
 */
public final class HttpInbox {

    private static final String JSON = "application/json";

    private record Door(byte[] token, long maxSize, Path spool) {
    }

    private final Map<String, Door> doors = new ConcurrentHashMap<>();
    private final Path reportsDir;

    public HttpInbox(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    void open(String sourceId, String token, long maxSize, Path spool) throws IOException {
        Files.createDirectories(spool);
        doors.put(sourceId, new Door(token.getBytes(StandardCharsets.UTF_8), maxSize, spool));
    }

    /** Route step of {@code POST /inbox/{sourceId}}. */
    public void receive(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        String sourceId = message.getHeader("sourceId", String.class);
        Door door = sourceId == null ? null : doors.get(sourceId);
        if (door == null) {
            answer(message, 404, "{\"error\":\"no HTTP inbox is configured for this source\"}");
            return;
        }
        if (!authorized(door, message.getHeader("Authorization", String.class))) {
            answer(message, 401, "{\"error\":\"missing or wrong bearer token\"}");
            return;
        }
        Long declared = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > door.maxSize()) {
            answer(message, 413, tooLarge(door));
            return;
        }
        String receipt = UUID.randomUUID().toString();
        String name = safeName(message.getHeader("X-File-Name", String.class));
        // hidden (a leading dot) until complete: the source's file route skips it
        Path partial = door.spool().resolve("." + receipt + ".part");
        long size;
        try (InputStream in = message.getBody(InputStream.class);
                FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            size = copy(in, out, door.maxSize());
            channel.force(true);
        }
        if (size < 0) {
            Files.deleteIfExists(partial);
            answer(message, 413, tooLarge(door));
            return;
        }
        Files.move(partial, door.spool().resolve(receipt + "." + name), StandardCopyOption.ATOMIC_MOVE);
        answer(message, 202, "{\"receipt\":\"" + receipt + "\",\"report\":\"/inbox/" + sourceId + "/receipts/" + receipt + "\"}");
    }

    /** Route step of {@code GET /inbox/{sourceId}/receipts/{receipt}}. */
    public void receipt(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        String sourceId = message.getHeader("sourceId", String.class);
        String receipt = message.getHeader("receipt", String.class);
        Door door = sourceId == null ? null : doors.get(sourceId);
        if (door == null || receipt == null || !receipt.matches("[0-9a-f-]{36}")) {
            answer(message, 404, "{\"error\":\"no such receipt\"}");
            return;
        }
        if (!authorized(door, message.getHeader("Authorization", String.class))) {
            answer(message, 401, "{\"error\":\"missing or wrong bearer token\"}");
            return;
        }
        Path report = firstMatch(reportsDir, sourceId + "." + receipt + ".*.json");
        if (report != null) {
            answer(message, 200, Files.readString(report));
        } else if (firstMatch(door.spool(), receipt + ".*") != null) {
            answer(message, 200, "{\"status\":\"PENDING\"}");
        } else {
            answer(message, 404, "{\"error\":\"no such receipt\"}");
        }
    }

    private static boolean authorized(Door door, String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(door.token(), header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes copied, or -1 as soon as there are more than {@code max}; no body ({@code in} null) is an empty file. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        if (in == null) {
            return 0;
        }
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static Path firstMatch(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path match : matches) {
                return match;
            }
        }
        return null;
    }

    private static String tooLarge(Door door) {
        return "{\"error\":\"the body is larger than this inbox's maxSize of " + door.maxSize() + " bytes\"}";
    }

    /** The name a sender gave, without folders or characters a file name should not have; {@code body} when none. */
    static String safeName(String given) {
        if (given == null || given.isBlank()) {
            return "body";
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "body" + name : name;
    }

    // the answer carries none of the request's headers (its Authorization among them)
    private static void answer(Message message, int status, String json) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, JSON);
        message.setBody(json);
    }
}
