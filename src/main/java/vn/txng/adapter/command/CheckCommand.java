package vn.txng.adapter.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.txng.adapter.portal.ConnectionCheck;
import vn.txng.adapter.portal.ConnectionCheck.Status;
import vn.txng.adapter.portal.ConnectionCheck.Step;
import vn.txng.adapter.app.EpcisTarget;
import vn.txng.adapter.app.PortalConnection;
import vn.txng.adapter.app.Settings;

@Command(name = "check", description = {"The connection test: tries the configured portal step by step, ok or FAIL per step.",
        "Steps: settings, token endpoint reachable, credentials accepted, API base accepts the token, organisation",
        "activated; then the EPCIS repository when txng.epcis.capture-url is set (GET of its capture endpoint with its",
        "credentials). A FAIL gives the cause and the fix. Sends no record, writes nothing to the outbox.",
        "Exit 0 when every step passes, 1 otherwise."})
public final class CheckCommand implements Callable<Integer> {

    static final String SETTINGS = "settings";
    static final String EPCIS = "EPCIS repository";

    @Override
    public Integer call() {
        return check(Settings.load(), System.out);
    }

    /** Prints one line per step; returns 0 when every step passed, else 1. */
    public static int check(Settings settings, PrintStream out) {
        List<Step> steps = new ArrayList<>();
        Step configured = settingsStep(settings);
        steps.add(configured);
        if (configured.failed()) {
            steps.add(new Step("connection", Status.SKIPPED, "not tried: the settings are incomplete"));
        } else {
            try (PortalConnection connection = PortalConnection.open(settings)) {
                steps.addAll(new ConnectionCheck(connection.config()).run());
            }
        }
        epcisStep(settings).ifPresent(steps::add);
        steps.forEach(step -> out.println(label(step.status()) + step.name() + ": " + step.detail()));
        boolean passed = steps.stream().noneMatch(Step::failed);
        out.println(passed ? "connection check passed: `run` will deliver to " + settings.portalTarget()
                : "connection check FAILED: fix the first FAIL above, then run `check` again");
        return passed ? 0 : 1;
    }

    /** The EPCIS repository, when {@code txng.epcis.capture-url} is set: reached with its credentials, capturing nothing. */
    private static java.util.Optional<Step> epcisStep(Settings settings) {
        java.util.Optional<vn.txng.adapter.epcis.EpcisCaptureClient> client;
        try {
            client = EpcisTarget.client(settings);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(new Step(EPCIS, Status.FAIL, e.getMessage()));
        }
        return client.map(c -> {
            vn.txng.adapter.epcis.EpcisCaptureClient.Probe probe = c.probe();
            return new Step(EPCIS, probe.ok() ? Status.OK : Status.FAIL, probe.detail());
        });
    }

    private static Step settingsStep(Settings settings) {
        if (settings.sandboxMode()) {
            return new Step(SETTINGS, Status.OK, "SANDBOX: no " + Settings.bothNames("txng.portal.client-id")
                    + " set, so the built-in sandbox portal is checked;"
                    + " nothing reaches the national portal");
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("txng.portal.api-base", "txng.portal.token-url", "txng.portal.client-secret")) {
            if (!settings.isSet(key)) {
                missing.add(Settings.bothNames(key));
            }
        }
        if (!missing.isEmpty()) {
            return new Step(SETTINGS, Status.FAIL, "not set (needed when " + settings.nameOf("txng.portal.client-id") + " is set): "
                    + String.join(", ", missing));
        }
        return new Step(SETTINGS, Status.OK, "api base " + settings.get("txng.portal.api-base") + ", token url "
                + settings.get("txng.portal.token-url") + ", client id " + settings.get("txng.portal.client-id")
                + ", secret set (not shown)");
    }

    private static String label(Status status) {
        return switch (status) {
            case OK -> "ok    ";
            case FAIL -> "FAIL  ";
            case SKIPPED -> "--    ";
        };
    }
}
