package vn.txng.adapter.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxBrowser.RecordQuery;
import vn.txng.adapter.outbox.OutboxBrowser.StateFilter;
import vn.txng.adapter.outbox.RequeueFilter;

/**
 * The console (bean {@code console}): every request under {@code /console/} comes here, so one place refuses
 * what has no session before any page is read. GET pages: {@code /} overview, {@code /files}, {@code /file?name=},
 * {@code /records?q=&kind=&state=&after=}, {@code /record?kind=&key=}, {@code /lot?key=}; the two actions, each a GET
 * that asks for confirmation and a POST that does it: {@code /requeue} (the retry command's filters) and
 * {@code /poll?source=}. A POST is refused (403) without the session's form token or from another site's page.
 */
public final class Console {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    static final String SESSION_COOKIE = "txng_console";
    static final String LANG_COOKIE = "txng_console_lang";
    private static final String HTML = "text/html; charset=UTF-8";
    // the pages load nothing from elsewhere and run no script; the style sheet is the console's own
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private final ConsoleAccess access;
    private final ConsolePages pages;
    private final Outbox outbox;
    private final SourcePolls polls;
    private final ConsoleView view = new ConsoleView();
    private final boolean tls;
    private final Predicate<String> servedOn;

    /**
     * @param tls      the server speaks TLS: the session cookie is then {@code Secure}
     * @param servedOn whether a request that came in on this local address may see the console (the bind setting)
     */
    public Console(ConsoleAccess access, ConsolePages pages, Outbox outbox, SourcePolls polls, boolean tls, Predicate<String> servedOn) {
        this.access = access;
        this.pages = pages;
        this.outbox = outbox;
        this.polls = polls;
        this.tls = tls;
        this.servedOn = servedOn;
    }

    /** Route step of {@code platform-http:/console}: answers the request on the exchange. */
    public void handle(Exchange exchange) {
        ConsoleRequest request = new ConsoleRequest(exchange);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        if (!servedOn.test(request.localHost())) {
            answer(message, 404, "text/plain; charset=UTF-8", "Not Found");
            return;
        }
        try {
            route(request, message);
        } catch (RuntimeException e) {
            LOG.error("console: {} {} failed", request.method, request.path, e);
            answer(message, 500, "text/plain; charset=UTF-8", "The console could not answer: " + e.getClass().getSimpleName());
        }
    }

    private void route(ConsoleRequest request, Message message) {
        if ("/console.css".equals(request.path)) {
            answer(message, 200, "text/css; charset=UTF-8", ConsoleRoutes.STYLE);
            return;
        }
        String chosen = request.query("lang");
        if (!chosen.isEmpty() && "GET".equals(request.method)) {
            String lang = Texts.of(chosen).lang();
            redirect(message, request.pathAndQuery());
            message.setHeader("Set-Cookie", LANG_COOKIE + "=" + lang + "; Path=" + ConsoleRoutes.BASE + "; Max-Age=31536000; SameSite=Strict"
                    + (tls ? "; Secure" : ""));
            return;
        }
        Texts t = Texts.of(Texts.choose(request.cookie(LANG_COOKIE), request.header("Accept-Language")));
        if ("/sign-in".equals(request.path)) {
            signIn(request, message, t);
            return;
        }
        Optional<ConsoleAccess.Session> session = access.session(request.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            if ("GET".equals(request.method)) {
                redirect(message, "/sign-in");
            } else {
                answer(message, 401, "text/plain; charset=UTF-8", "Sign in first.");
            }
            return;
        }
        ConsoleView.Frame frame = new ConsoleView.Frame(t, "", session.get().csrfToken(), request.pathAndQuery(), pages.zone());
        if ("POST".equals(request.method)) {
            if (!sameSite(request) || !ConsoleAccess.csrfMatches(session.get(), request.form("csrf"))) {
                page(message, 403, "message", frame.withTitle(t.get("refused.csrf")), Map.of("text", t.get("refused.csrf")));
                return;
            }
            post(request, message, frame, session.get());
            return;
        }
        if (!"GET".equals(request.method)) {
            answer(message, 405, "text/plain; charset=UTF-8", "Method Not Allowed");
            return;
        }
        get(request, message, frame);
    }

    private void get(ConsoleRequest request, Message message, ConsoleView.Frame frame) {
        Texts t = frame.t();
        switch (request.path) {
            case "/" -> page(message, 200, "overview", frame.withTitle(t.get("overview.title")), Map.of("o", pages.overview()));
            case "/files" -> {
                int page = number(request.query("page"));
                page(message, 200, "files", frame.withTitle(t.get("files.title")), Map.of("files", pages.files(page), "page", page));
            }
            case "/file" -> pages.file(request.query("name")).ifPresentOrElse(
                    report -> page(message, 200, "file", frame.withTitle(report.text("file")),
                            Map.of("report", report, "max", ConsolePages.FILE_ROWS)),
                    () -> notFound(message, frame));
            case "/records" -> {
                RecordQuery query = new RecordQuery(kind(request.query("kind")), stateFilter(request.query("state")), request.query("q"),
                        request.query("after"), ConsolePages.PAGE_SIZE);
                page(message, 200, "records", frame.withTitle(t.get("records.title")),
                        Map.of("query", query, "page", pages.records(query)));
            }
            case "/record" -> {
                RecordKind kind = kind(request.query("kind"));
                Optional<ConsolePages.RecordView> record = kind == null ? Optional.empty() : pages.record(kind, request.query("key"));
                record.ifPresentOrElse(r -> page(message, 200, "record", frame.withTitle(r.row().businessKey()), Map.of("r", r)),
                        () -> notFound(message, frame));
            }
            case "/lot" -> pages.journey(request.query("key")).ifPresentOrElse(
                    journey -> page(message, 200, "lot", frame.withTitle(t.get("lot.title")), Map.of("j", journey, "pages", pages)),
                    () -> notFound(message, frame));
            case "/requeue" -> {
                RequeueFilter filter = requeueFilter(request::query);
                page(message, 200, "confirm", frame.withTitle(t.get("records.requeue")), Map.of("action", "requeue",
                        "question", t.get("confirm.requeue", filter.toString(), outbox.countRequeue(filter)),
                        "fields", requeueFields(request::query)));
            }
            case "/poll" -> page(message, 200, "confirm", frame.withTitle(t.get("overview.pollnow")), Map.of("action", "poll",
                    "question", t.get("confirm.poll", request.query("source")), "fields", Map.of("source", request.query("source"))));
            default -> notFound(message, frame);
        }
    }

    private void post(ConsoleRequest request, Message message, ConsoleView.Frame frame, ConsoleAccess.Session session) {
        Texts t = frame.t();
        switch (request.path) {
            case "/sign-out" -> {
                access.close(session);
                redirect(message, "/sign-in");
                message.setHeader("Set-Cookie", cookie(""));
            }
            case "/requeue" -> {
                RequeueFilter filter = requeueFilter(request::form);
                int count = outbox.requeue(filter);
                LOG.info("console: re-queued {} ({} records)", filter, count);
                page(message, 200, "message", frame.withTitle(t.get("records.requeue")), Map.of("text", t.get("done.requeue", count)));
            }
            case "/poll" -> {
                String source = request.form("source");
                boolean asked = pages.hasSource(source) && polls.pollNow(source);
                if (asked) {
                    LOG.info("console: source {} asked to poll now", source);
                }
                page(message, asked ? 200 : 404, "message", frame.withTitle(t.get("overview.pollnow")),
                        Map.of("text", asked ? t.get("done.poll", source) : t.get("done.nosource")));
            }
            default -> notFound(message, frame);
        }
    }

    private void signIn(ConsoleRequest request, Message message, Texts t) {
        ConsoleView.Frame frame = new ConsoleView.Frame(t, t.get("signin.title"), null, request.pathAndQuery(), pages.zone());
        if ("GET".equals(request.method)) {
            page(message, 200, "signin", frame, Map.of("error", ""));
            return;
        }
        if (!"POST".equals(request.method) || !sameSite(request)) {
            page(message, 403, "signin", frame, Map.of("error", t.get("refused.csrf")));
            return;
        }
        switch (access.check(request.form("user"), request.form("password"), request.client())) {
            case ACCEPTED -> {
                ConsoleAccess.Session session = access.open();
                redirect(message, "/");
                message.setHeader("Set-Cookie", cookie(session.id()));
            }
            case LOCKED_OUT -> {
                LOG.warn("console: sign-in refused, locked out after repeated failures (client {})", request.client());
                page(message, 429, "signin", frame, Map.of("error", t.get("signin.locked")));
            }
            default -> {
                LOG.warn("console: a sign-in failed (client {})", request.client());
                page(message, 401, "signin", frame, Map.of("error", t.get("signin.refused")));
            }
        }
    }

    /** The session cookie; an empty value ends it in the browser. */
    private String cookie(String value) {
        return SESSION_COOKIE + "=" + value + "; Path=" + ConsoleRoutes.BASE + "; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : "")
                + (value.isEmpty() ? "; Max-Age=0" : "");
    }

    /**
     * A form post from a page of this console: its Origin (or, without one, Sec-Fetch-Site) names this server; a
     * browser sends one of them with every cross-site form, so a post from another site never passes.
     */
    private static boolean sameSite(ConsoleRequest request) {
        String origin = request.header("Origin");
        if (origin != null && !"null".equals(origin)) {
            // the server's own origin, as the browser addressed it (Vert.x builds CamelHttpUrl from the Host header)
            return sameOrigin(origin, request.header(Exchange.HTTP_URL));
        }
        String site = request.header("Sec-Fetch-Site");
        return site == null || "same-origin".equals(site) || "none".equals(site);
    }

    private static boolean sameOrigin(String origin, String url) {
        try {
            java.net.URI self = java.net.URI.create(url);
            java.net.URI other = java.net.URI.create(origin);
            return self.getScheme() != null && self.getScheme().equalsIgnoreCase(other.getScheme())
                    && self.getRawAuthority() != null && self.getRawAuthority().equalsIgnoreCase(other.getRawAuthority());
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return false;
        }
    }

    private static RequeueFilter requeueFilter(java.util.function.Function<String, String> field) {
        EnumSet<DeliveryState> states = EnumSet.noneOf(DeliveryState.class);
        for (String state : field.apply("state").split(",")) {
            if ("PARKED".equals(state) || "REJECTED".equals(state)) {
                states.add(DeliveryState.valueOf(state));
            }
        }
        if (states.isEmpty()) {
            states.add(DeliveryState.REJECTED);
        }
        return new RequeueFilter(states, field.apply("code"), field.apply("key"), kind(field.apply("kind")));
    }

    private static Map<String, String> requeueFields(java.util.function.Function<String, String> field) {
        Map<String, String> fields = new HashMap<>();
        for (String name : new String[] {"state", "code", "key", "kind"}) {
            fields.put(name, field.apply(name));
        }
        return fields;
    }

    /**
     * The records a list shows can all be re-queued as one: rejected or parked, filtered at most by kind; a search
     * ({@code q}) narrows the list further than {@link RequeueFilter} can, so it offers no bulk re-queue.
     */
    public static boolean bulkRequeue(RecordQuery query) {
        return (query.state() == StateFilter.REJECTED || query.state() == StateFilter.PARKED) && query.text().isEmpty();
    }

    private static RecordKind kind(String name) {
        try {
            return name.isEmpty() ? null : RecordKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static StateFilter stateFilter(String name) {
        try {
            return name.isEmpty() ? null : StateFilter.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void notFound(Message message, ConsoleView.Frame frame) {
        page(message, 404, "message", frame.withTitle(frame.t().get("notfound")), Map.of("text", frame.t().get("notfound")));
    }

    private void page(Message message, int status, String template, ConsoleView.Frame frame, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("frame", frame);
        answer(message, status, HTML, view.render(template + ".jte", all));
    }

    private static void redirect(Message message, String path) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        message.setHeader("Location", ConsoleRoutes.BASE + path);
        secure(message);
        message.setBody("");
    }

    private static void answer(Message message, int status, String type, String body) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, type);
        secure(message);
        message.setBody(body);
    }

    private static void secure(Message message) {
        message.setHeader("Content-Security-Policy", POLICY);
        message.setHeader("X-Content-Type-Options", "nosniff");
        message.setHeader("Referrer-Policy", "same-origin");
        message.setHeader("Cache-Control", "no-store");
    }

    /** A link's query value, encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
