package io.mserve.launcher;

import com.typesafe.config.ConfigException;
import io.mserve.core.plugin.PluginException;
import io.mserve.engine.cli.QMain;
import io.mserve.launcher.cli.CommandLine;
import io.mserve.launcher.config.ConfigSources;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.secondary.NoSecondaryStarted;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -jar launcher.jar [--config FILE] [-p PORT] [N [SCRIPT]]}: runs a primary until it
 * is stopped. Exit codes: 2 for bad arguments or configuration (a plugin's settings and the port
 * in use included), 1 when the primary cannot start (no secondary, a plugin that cannot be loaded
 * or fails to start). Plugins come from the {@code plugins} directory ({@code mserve.plugins.dir}),
 * since {@code java -jar} ignores {@code -cp}.
 */
public final class Main {
    /** Bad arguments or configuration, or the port in use. */
    static final int USAGE = 2;
    /** The primary could not start. */
    static final int FAILED = 1;

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; for a primary, returns only once it has stopped. Returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine.Command command;
        try {
            command = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.println("mserve: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return USAGE;
        }
        if (command instanceof CommandLine.Help) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        if (command instanceof CommandLine.RunQ) {
            return QMain.run(((CommandLine.RunQ) command).args().toArray(new String[0]), System.in, out, err);
        }
        CommandLine.RunPrimary run = (CommandLine.RunPrimary) command;
        Primary primary;
        try {
            primary = Primary.create(ConfigSources.layer(run.overrideConfig(), run.configFile()));
        } catch (ConfigException e) {
            err.println("mserve: " + LauncherConfig.describe(e));
            return USAGE;
        } catch (PluginException e) {
            err.println("mserve: " + e.getMessage());
            return e.badSettings() ? USAGE : FAILED;
        }
        // SIGTERM and SIGINT stop the primary gracefully and exit 0; the hook covers any other end
        // of the JVM (System.exit), and the secondaries' watchdog covers SIGKILL.
        Runtime.getRuntime().addShutdownHook(new Thread(primary::close, "mserve-shutdown"));
        StopSignals.install(primary::close, err);
        try {
            primary.start();
        } catch (PortInUse e) {
            err.println("mserve: " + e.getMessage());
            return USAGE;
        } catch (PluginException e) {
            err.println("mserve: " + e.getMessage());
            return e.badSettings() ? USAGE : FAILED;
        } catch (NoSecondaryStarted | IllegalStateException e) {
            err.println("mserve: " + e.getMessage());
            return FAILED;
        }
        AtomicInteger exitCode = new AtomicInteger();
        if (System.console() != null) {
            // In a terminal the primary has q's console, as mserve.q's does; `exit n` stops it.
            Thread console = new Thread(() -> primary.console(System.in, out, exitCode::set), "mserve-console");
            console.setDaemon(true);
            console.start();
        }
        try {
            primary.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            primary.close();
        }
        return exitCode.get();
    }
}
