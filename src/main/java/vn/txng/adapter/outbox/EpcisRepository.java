package vn.txng.adapter.outbox;

import java.net.URI;

/**
 * An EPCIS 2.0 repository as a delivery target: {@code id} (32 hex digits) keys its delivery state in
 * {@link CaptureLedger}, a hash of its normalised capture URL and never of a credential; {@code description} is that
 * URL, what {@code status} prints.
 */
public record EpcisRepository(String id, String description) {

    /**
     * The repository at {@code captureUrl}; {@code https://Host:443/epcis/capture/} and {@code https://host/epcis/capture}
     * are the same one. User info and query are left out of both the id and the description.
     */
    public static EpcisRepository of(URI captureUrl) {
        String url = PortalTarget.normalise(captureUrl);
        return new EpcisRepository(PortalTarget.sha256("epcis\n" + url).substring(0, 32), url);
    }

    @Override
    public String toString() {
        return description;
    }
}
