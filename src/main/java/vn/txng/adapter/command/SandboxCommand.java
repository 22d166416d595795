package vn.txng.adapter.command;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.sandbox.SandboxServer;
import vn.txng.adapter.app.Settings;

@Command(name = "sandbox", description = {"Serves the portal sandbox (token endpoint, txng-v5 calls for products, lots,",
        "locations and events, inspection, fault injection) until stopped.",
        "Client id and secret: txng.sandbox.client-id / txng.sandbox.client-secret."})
final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", description = "port to listen on (default: txng.sandbox.port)")
    Integer port;

    @Option(names = "--latency", description = "answer every API call this much later, e.g. 50ms (default: txng.sandbox.latency)")
    String latency;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = latency == null ? Settings.load() : Settings.load().with("txng.sandbox.latency", latency);
        SandboxServer server = new SandboxServer(settings.get("txng.sandbox.client-id"), Secret.of(settings.get("txng.sandbox.client-secret")))
                .organisationActivated(settings.sandboxOrganisationActivated())
                .refuseCredentials(settings.sandboxRefusesCredentials())
                .responseDelay(settings.duration("txng.sandbox.latency"));
        server.start(port != null ? port : settings.integer("txng.sandbox.port"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        System.out.println("sandbox portal (profile txng-v5), NOT the national portal");
        System.out.println("  api base:   " + server.apiBase());
        System.out.println("  token url:  " + server.tokenUrl());
        System.out.println("  calls:      POST " + Arrays.stream(RecordKind.values()).map(server.profile()::path)
                .collect(Collectors.joining(", ")));
        System.out.println("  client id:  " + settings.get("txng.sandbox.client-id") + " (secret: txng.sandbox.client-secret)");
        System.out.println("  records:    GET " + server.apiBase().resolve("/sandbox/records"));
        System.out.println("Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
