package vn.txng.adapter.portal;

/**
 * Why the portal cannot be used at all: a fault of the connection, never of a record. Each says
 * what to do about it; a push pass that meets one stops and leaves its records as they were. A
 * setting is named with its environment variable too, the form a container deployment sets.
 */
public enum ConnectionProblem {
    /** No TCP connection: refused, unknown host, no route, connect timeout. */
    UNREACHABLE("check txng.portal.api-base / txng.portal.token-url (TXNG_PORTAL_API_BASE / TXNG_PORTAL_TOKEN_URL: host and port), the network and any proxy or firewall"),
    /** The TLS handshake failed (certificate, protocol). */
    TLS("check the URL's scheme and host, and that this Java trusts the portal's certificate"),
    /** The token endpoint refused the client (OAuth {@code invalid_client} or another refusal). */
    CREDENTIALS_REFUSED("set txng.portal.client-id (TXNG_PORTAL_CLIENT_ID) and txng.portal.client-secret (TXNG_PORTAL_CLIENT_SECRET)"
            + " to the Client ID and Secret"
            + " the National Barcode Center issued"),
    /** The API answered 401 to a token fetched just before. */
    TOKEN_NOT_ACCEPTED("the API base does not accept tokens from this token endpoint: check that"
            + " txng.portal.api-base (TXNG_PORTAL_API_BASE) and txng.portal.token-url (TXNG_PORTAL_TOKEN_URL) belong to the same gateway (test or production)"),
    /** The API answered 404 on the profile's path. */
    API_PATH_NOT_FOUND("check txng.portal.api-base (TXNG_PORTAL_API_BASE; e.g. https://quantri.truyxuatnguongoc.gov.vn/gwdev for the test gateway)"
            + " and the portal profile's paths"),
    /** ERR_SYS_DEV with a NullReferenceException for every record: the organisation's profile is not activated. */
    ORGANISATION_NOT_ACTIVATED("ask the National Barcode Center to activate the organisation's profile"
            + " (its tax code and GLN) on the portal, then run again"),
    /** Another adapter instance sharing the outbox database switched it to another portal target. */
    OUTBOX_ON_ANOTHER_TARGET("configure every adapter instance that shares an outbox database for the same portal"
            + " (txng.portal.api-base and txng.portal.client-id, or TXNG_PORTAL_API_BASE and TXNG_PORTAL_CLIENT_ID), then restart this one"),
    /** The portal answered txng.push.breaker-threshold server errors or timeouts in a row: the breaker opened. */
    PORTAL_DOWN("the portal seems down; nothing was charged to the records not sent, and the next pass tries one"
            + " record first and goes on only if it is stored");

    private final String advice;

    ConnectionProblem(String advice) {
        this.advice = advice;
    }

    /** What a person should do, one sentence. */
    public String advice() {
        return advice;
    }
}
