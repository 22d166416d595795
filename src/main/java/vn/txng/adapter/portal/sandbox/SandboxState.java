package vn.txng.adapter.portal.sandbox;

import java.time.Clock;
import java.time.Duration;
import vn.txng.adapter.portal.PortalProfile;
import vn.txng.adapter.portal.Secret;

/** Everything the sandbox's endpoints share: the client it knows, its settings and its memory. */
final class SandboxState {

    final String clientId;
    final Secret clientSecret;
    final PortalProfile profile;
    final SandboxFieldRules rules;
    final TokenRegistry tokens;
    final RecordStore records = new RecordStore();
    final IdempotencyLedger ledger = new IdempotencyLedger();
    final SandboxStats stats = new SandboxStats();
    final FaultPlan faults = new FaultPlan();
    final InFlightLimiter inFlight = new InFlightLimiter();
    /** Guards records and ledger together, so that an upsert and its key are one step. */
    final Object storeLock = new Object();

    volatile Duration tokenLifetime = Duration.ofHours(1);
    volatile int maxInFlightPerClient = 20;
    volatile int maxBodyBytes = 1024 * 1024;
    volatile Duration responseDelay = Duration.ZERO;
    /** False: every API call answers as the portal does for an organisation whose profile is not activated. */
    volatile boolean organisationActivated = true;
    /** True: the token endpoint refuses every client with invalid_client. */
    volatile boolean refuseCredentials;

    SandboxState(String clientId, Secret clientSecret, PortalProfile profile, Clock clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.profile = profile;
        this.tokens = new TokenRegistry(clock);
        this.rules = new SandboxFieldRules(clock);
    }
}
