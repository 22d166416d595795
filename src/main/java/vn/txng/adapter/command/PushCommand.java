package vn.txng.adapter.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.txng.adapter.app.AdapterRuntime;
import vn.txng.adapter.app.CamelApp;
import vn.txng.adapter.app.Settings;

@Command(name = "push", description = "Pushes what is pending in the outbox now, prints a summary (exit 2 if records are left pending, 3 if the connection to the portal is not working).")
final class PushCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            int exit = RunCommand.printSummary(runtime, CamelApp.pushOnce(settings, runtime));
            RunCommand.capture(runtime, System.out);
            return exit;
        }
    }
}
