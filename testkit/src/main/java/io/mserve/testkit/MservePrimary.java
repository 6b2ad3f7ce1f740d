package io.mserve.testkit;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts, before each test, a real mserve primary on a free loopback
 * port with N fake secondaries, and stops everything after it:
 *
 * <pre>{@code
 * @RegisterExtension
 * final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.strategy.name = round-robin");
 *
 * @Test
 * void deferredSync() {
 *     assertThat((long[]) mserve.client().deferred("til 3")).containsExactly(0, 1, 2);
 * }
 * }</pre>
 *
 * In-process fakes ({@link #withFakes}) are remote secondaries to the primary; fake processes
 * ({@link #withFakeProcesses}) are started, supervised and restarted by it, as q processes are.
 * With {@link #withPools()}, each {@link #pool} gets its own in-process fakes.
 */
public final class MservePrimary implements BeforeEachCallback, AfterEachCallback {
    private final int count;
    private final boolean processes;
    private final List<String> config = new ArrayList<>();
    /** Fakes per pool, in name order: the primary numbers its secondaries pool by pool in that order. */
    private final Map<String, Integer> pools = new TreeMap<>();
    private IntFunction<Behaviour> behaviour = QueryScript::new;
    private final List<FakeSecondary> fakes = new ArrayList<>();
    private final List<QClient> clients = new ArrayList<>();
    private Primary primary;

    private MservePrimary(int count, boolean processes) {
        this.count = count;
        this.processes = processes;
    }

    /** A primary with {@code count} in-process {@link FakeSecondary fakes}, scripted by {@link QueryScript} unless told otherwise. */
    public static MservePrimary withFakes(int count) {
        return new MservePrimary(count, false);
    }

    /** A primary with pools of in-process fakes, each declared with {@link #pool}. */
    public static MservePrimary withPools() {
        return new MservePrimary(0, false);
    }

    /**
     * Pool {@code name} ({@code mserve.pools.<name>}) of {@code fakes} in-process fakes, as remote
     * secondaries. Fakes are numbered from 1 through the pools in name order, as the primary
     * numbers its secondaries; {@link #behaviour} is given that number.
     */
    public MservePrimary pool(String name, int fakes) {
        pools.put(name, fakes);
        return this;
    }

    /** A primary that starts {@code count} {@link FakeSecondaryMain} processes itself. */
    public static MservePrimary withFakeProcesses(int count) {
        return new MservePrimary(count, true);
    }

    /** How in-process fake number {@code id} (from 1) behaves. */
    public MservePrimary behaviour(IntFunction<Behaviour> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    /** HOCON laid over the defaults, e.g. {@code "mserve.strategy.name = round-robin"}. */
    public MservePrimary config(String hocon) {
        config.add(hocon);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        StringBuilder hocon = new StringBuilder("mserve.transport { host = \"127.0.0.1\", port = 0 }\n");
        if (processes) {
            hocon.append(fakeProcesses(count)).append('\n');
        } else {
            for (int id = 1; id <= count; id++) {
                fakes.add(FakeSecondary.start(id, behaviour.apply(id)));
            }
            hocon.append("mserve.secondaries.remote = ").append(remotes(fakes)).append('\n');
            for (Map.Entry<String, Integer> pool : pools.entrySet()) {
                List<FakeSecondary> members = new ArrayList<>();
                for (int i = 0; i < pool.getValue(); i++) {
                    int id = fakes.size() + 1;
                    members.add(FakeSecondary.start(id, behaviour.apply(id)));
                    fakes.add(members.get(i));
                }
                hocon.append("mserve.pools.").append(pool.getKey()).append(".remote = ").append(remotes(members)).append('\n');
            }
        }
        config.forEach(c -> hocon.append(c).append('\n'));
        Config full = ConfigFactory.parseString(hocon.toString()).withFallback(ConfigFactory.load()).resolve();
        primary = Primary.start(full);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clients.forEach(QClient::closeQuietly);
        clients.clear();
        if (primary != null) {
            primary.close();
            primary = null;
        }
        fakes.forEach(FakeSecondary::close);
        fakes.clear();
    }

    /**
     * The HOCON that has a primary start {@code count} {@link FakeSecondaryMain} processes, run by
     * this JVM's {@code java} with this JVM's class path (which must hold the testkit).
     */
    public static String fakeProcesses(int count) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "mserve.secondaries { count = " + count + ", base-port = " + FreePorts.consecutive(count)
                + ", command = [" + quote(java) + ", \"-Xmx128m\", \"-cp\", "
                + quote(System.getProperty("java.class.path"))
                + ", \"io.mserve.testkit.FakeSecondaryMain\", \"-p\", \"{port}\", \"-id\", \"{id}\", \"-U\", \"{users-file}\"] }";
    }

    /** The primary's port. */
    public int port() {
        return primary.port();
    }

    /** The running primary, for its status and strategy. */
    public Primary primary() {
        return primary;
    }

    /** In-process fake number {@code id}, from 1. */
    public FakeSecondary fake(int id) {
        return fakes.get(id - 1);
    }

    /** A new client connected to the primary, closed after the test. */
    public QClient client() {
        return client("test:");
    }

    /** A new client connected to the primary as {@code user:password}, closed after the test. */
    public QClient client(String login) {
        QClient client = QClient.connect("127.0.0.1", port(), login);
        clients.add(client);
        return client;
    }

    private static String remotes(List<FakeSecondary> fakes) {
        return fakes.stream().map(f -> quote("127.0.0.1:" + f.port())).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
