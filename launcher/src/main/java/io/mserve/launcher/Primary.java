package io.mserve.launcher;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import io.mserve.core.config.SettingsReader;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.plugin.PluginException;
import io.mserve.ipc.tls.TlsSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.metrics.MetricsServer;
import io.mserve.launcher.plugins.Plugins;
import io.mserve.launcher.secondary.NoSecondaryStarted;
import io.mserve.launcher.secondary.Progress;
import io.mserve.launcher.status.RecentProblems;
import io.mserve.launcher.status.SecondaryCpu;
import io.mserve.launcher.status.StatusBoard;
import io.mserve.launcher.wiring.PrimaryComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running mserve primary: the kdb+ listener, the dispatcher and the supervised secondaries.
 * The entry point for the command line, tests and embedders:
 *
 * <pre>{@code
 * try (Primary primary = Primary.start(ConfigFactory.parseString("mserve.transport.port = 0")
 *         .withFallback(ConfigFactory.load()))) {
 *     int port = primary.port();
 * }
 * }</pre>
 */
public final class Primary implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Primary.class);

    /** How long past the shutdown grace to wait for the dispatcher to report that it drained. */
    private static final Duration DRAIN_MARGIN = Duration.ofSeconds(5);

    private final LauncherConfig config;
    private final PrimaryComponent component;
    private final Plugins plugins;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile int port = -1;
    private volatile MetricsServer metrics;
    /** The log's last WARN and ERROR lines, kept while the status page is served. */
    private final RecentProblems problems = new RecentProblems(20);
    private volatile Runnable stopCollecting = () -> { };
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Primary(LauncherConfig config, PrimaryComponent component, Plugins plugins) {
        this.config = config;
        this.component = component;
        this.plugins = plugins;
    }

    /**
     * Checks {@code config} and wires a primary, without starting it.
     *
     * @param config the configuration, reference defaults included ({@code ConfigFactory.load()} as fallback)
     * @throws ConfigException.ValidationFailed listing every problem, each with its key path
     * @throws PluginException for a plugin that cannot be loaded or fails to start, naming it
     */
    public static Primary create(Config config) {
        Plugins plugins = Plugins.load(config, Thread.currentThread().getContextClassLoader());
        try {
            LauncherConfig checked = LauncherConfig.validate(config.withFallback(plugins.reference()),
                    plugins.strategies(), plugins.authenticators().names());
            PrimaryComponent component = PrimaryComponent.factory().create(checked, plugins);
            // The plugins chosen are created now, so that one that throws stops the start-up before anything runs.
            component.pools();
            component.authenticator();
            component.discovered();
            return new Primary(checked, component, plugins);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    /**
     * Checks {@code config}, wires a primary and starts it: listening, with its secondaries up.
     *
     * @throws ConfigException.ValidationFailed listing every problem, each with its key path
     * @throws NoSecondaryStarted when secondaries were configured and none came up (the primary is closed)
     */
    public static Primary start(Config config) {
        Primary primary = create(config);
        primary.start();
        return primary;
    }

    /**
     * Starts listening, then starts the secondaries and waits until each is up or has failed.
     *
     * @return the port the primary listens on (the one bound, when the configuration says 0)
     * @throws NoSecondaryStarted when secondaries were configured and none came up (the primary is closed)
     * @throws PortInUse when another process holds the port (the primary is closed)
     * @throws IllegalStateException when the port cannot be bound otherwise (the primary is closed)
     */
    public int start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        try {
            port = component.server().start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while binding port " + config.transport().port(), e);
        } catch (Exception e) { // Netty rethrows the bind's checked exception undeclared
            close();
            String host = config.transport().host();
            int wanted = config.transport().port();
            if (addressInUse(e)) {
                throw new PortInUse(host, wanted, e);
            }
            throw new IllegalStateException("cannot listen on " + host + ":" + wanted + ": " + e.getMessage(), e);
        }
        Progress.STDOUT.line("mserve primary listening on :" + port + " (" + routing() + ", discovery "
                + config.secondaries().discovery() + ")");
        TlsSettings tls = config.transport().tls();
        if (tls.mode() != TlsSettings.Mode.OFF) {
            Progress.STDOUT.line("TLS " + SettingsReader.label(tls.mode()) + " on :" + port);
        }
        tlsPort().ifPresent(p -> Progress.STDOUT.line("TLS required on :" + p));
        try {
            if (component.meterRegistry() instanceof PrometheusMeterRegistry) {
                stopCollecting = problems.collect();
                StatusBoard board = new StatusBoard(component.dispatcher()::status, component.meterRegistry(),
                        component.server().traffic(), SecondaryCpu.ofProcesses(), problems, config.strategy(),
                        config.pools().strategies(), Instant.now());
                metrics = MetricsServer.start((PrometheusMeterRegistry) component.meterRegistry(), board,
                        config.metrics().host(), config.metrics().prometheusPort().getAsInt());
                String url = "http://" + config.metrics().host() + ":" + metrics.port();
                Progress.STDOUT.line("metrics on " + url + "/metrics, status page on " + url + "/");
            }
            component.discovered().start(port);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return port;
    }

    /** {@code strategy least-queue}, or with pools {@code pools hdb (least-queue), rdb (round-robin)}. */
    private String routing() {
        if (!config.pools().named()) {
            return "strategy " + config.strategy();
        }
        List<String> pools = new ArrayList<>();
        config.pools().strategies().forEach((pool, strategy) -> pools.add(pool + " (" + strategy + ")"));
        return "pools " + String.join(", ", pools) + "; default " + config.pools().defaultPool();
    }

    /** EADDRINUSE, as the JDK reports it ({@link BindException}) or Netty's epoll transport. */
    private static boolean addressInUse(Exception e) {
        return e instanceof BindException
                || e instanceof IOException && String.valueOf(e.getMessage()).contains("Address already in use");
    }

    /**
     * Runs the primary's console on the calling thread until {@code in} ends or a line exits:
     * q lines evaluated in the primary's own q session (as clients' sync messages are), results
     * printed to {@code out}. {@code exit n} stops the primary gracefully, as SIGTERM does, and
     * hands {@code n} to {@code exited} first (the command line exits with it).
     */
    public void console(InputStream in, PrintStream out, IntConsumer exited) {
        component.engine().console(in, out, code -> {
            exited.accept(code);
            // Not on the q session's thread, which the drain may still need.
            new Thread(this::close, "mserve-exit").start();
        });
    }

    /** The port of the Prometheus scrape endpoint, or -1 when it is off. */
    public int metricsPort() {
        return metrics == null ? -1 : metrics.port();
    }

    /** The port the primary listens on; -1 before {@link #start()}. */
    public int port() {
        return port;
    }

    /** The second, TLS-only port, if there is one. */
    public OptionalInt tlsPort() {
        return component.server().tlsPort();
    }

    /** The name of the load strategy in use. */
    public String strategy() {
        return config.strategy();
    }

    /** The checked configuration it runs with. */
    public LauncherConfig config() {
        return config;
    }

    /** One row per secondary, in id order, as {@code .mserve.status[]} shows them. */
    public List<SecondaryStatus> status() {
        try {
            return component.dispatcher().status().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no status from the dispatcher", e);
        }
    }

    private void drain() {
        component.server().close();
        Duration grace = config.dispatch().shutdownGrace();
        log.info("primary on :{} stopping: no new connections; queries taken have {} ms to finish", port, grace.toMillis());
        try {
            // The dispatcher fails what is left at the end of the grace; the margin covers a busy loop.
            component.dispatcher().shutdown().toCompletableFuture()
                    .get(grace.toMillis() + DRAIN_MARGIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("primary on :{}: queries did not drain within the shutdown grace ({}); stopping anyway", port, e.toString());
        }
    }

    /** Blocks until {@link #close()} has run (the command line's main thread waits here). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops gracefully: stops accepting connections; lets the queries already taken finish within
     * {@code mserve.dispatch.shutdown-grace} (new ones, and those still unanswered after it, get
     * {@code 'mserve: shutting down}); then stops the secondaries (SIGTERM, then SIGKILL after
     * {@code stop-grace}), the connections and the event loops. Returns once all that is done.
     */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            component.discovered().close();
            component.supervisor().stopping();
            if (port >= 0) {
                drain();
            }
            component.supervisor().close();
            component.server().close();
            component.loops().close();
            if (metrics != null) {
                metrics.close();
            }
            stopCollecting.run();
            component.meterRegistry().close();
            plugins.close();
            log.debug("primary on :{} closed", port);
        } finally {
            closed.countDown();
        }
    }
}
