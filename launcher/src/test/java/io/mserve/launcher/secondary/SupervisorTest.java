package io.mserve.launcher.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.ipc.netty.EventLoops;
import io.mserve.ipc.netty.IpcSecondaryConnector;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.launcher.config.PoolsSettings;
import io.mserve.launcher.config.SecondariesSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupervisorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventLoops loops = new EventLoops(1, false);
    private final TransportSettings transport = TransportSettings.from(ConfigFactory.load());
    private final RecordingDispatcher dispatcher = new RecordingDispatcher();
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
        loops.close();
    }

    private Supervisor supervisor(String hocon) {
        SecondariesSettings settings = SecondariesSettings.from(ConfigFactory.parseString(hocon)
                .withFallback(ConfigFactory.parseMap(Map.of("mserve.secondaries.command",
                        ConfigValueFactory.fromIterable(TestCommands.TINY_TEMPLATE))))
                .withFallback(ConfigFactory.load()).resolve());
        Supervisor supervisor = new Supervisor(PoolsSettings.single(settings, "least-queue"), transport, SecondaryTls.NONE, dispatcher,
                new IpcSecondaryConnector(loops, dispatcher, transport), progress::add);
        cleanup.add(supervisor);
        return supervisor;
    }

    private SecondaryProcess tiny(int port) throws Exception {
        SecondaryProcess process = SecondaryProcess.start("remote-" + port, TestCommands.tiny(port), 5);
        cleanup.add(() -> process.destroy(Duration.ofSeconds(5)));
        new HandshakeProbe("mserve:").await("127.0.0.1", port, PATIENCE, process.onExit(), null);
        return process;
    }

    @Test
    void startsSecondariesInParallelAndReportsEachAsItAnswersTheHandshake() {
        int base = TestCommands.freePorts(2);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 2, base-port = " + base + " }");

        assertThat(supervisor.start(5001)).isEqualTo(2);

        assertThat(dispatcher.registered).extracting(SecondaryInfo::id).containsExactly(1, 2);
        assertThat(dispatcher.attached).extracting(SecondaryInfo::port).containsExactlyInAnyOrder(base, base + 1);
        assertThat(dispatcher.attached).allSatisfy(info -> assertThat(TestCommands.running(info.pid().orElseThrow())).isTrue());
        assertThat(progress).hasSize(3);
        assertThat(progress.subList(0, 2)).anySatisfy(line -> assertThat(line).matches("secondary 1/2 ready on :" + base + " in \\d+\\.\\d s"))
                .anySatisfy(line -> assertThat(line).matches("secondary 2/2 ready on :" + (base + 1) + " in \\d+\\.\\d s"));
        assertThat(progress.get(2)).matches("2/2 secondaries up in \\d+\\.\\d s");
    }

    @Test
    void eachPoolsSecondariesStartOnThePortsAfterThePreviousPoolsAndAreRegisteredInTheirPool() {
        int primary = TestCommands.freePorts(4);
        PoolsSettings pools = PoolsSettings.from(ConfigFactory.parseString("""
                        mserve.pools { rdb { count = 2 }, hdb { count = 1 } }
                        mserve.default-pool = rdb
                        """)
                        .withFallback(ConfigFactory.parseMap(Map.of("mserve.secondaries.command",
                                ConfigValueFactory.fromIterable(TestCommands.TINY_TEMPLATE))))
                        .withFallback(ConfigFactory.load()).resolve(),
                null, "least-queue", Set.of("least-queue"));
        Supervisor supervisor = new Supervisor(pools, transport, SecondaryTls.NONE, dispatcher,
                new IpcSecondaryConnector(loops, dispatcher, transport), progress::add);
        cleanup.add(supervisor);

        assertThat(supervisor.start(primary)).isEqualTo(3);

        assertThat(dispatcher.registered).extracting(SecondaryInfo::port)
                .as("hdb first, by name").containsExactly(primary + 1, primary + 2, primary + 3);
        assertThat(dispatcher.poolOf).isEqualTo(Map.of(1, "hdb", 2, "rdb", 3, "rdb"));
        assertThat(progress.subList(0, 3)).anySatisfy(line -> assertThat(line)
                .startsWith("secondary 1/3 of pool hdb ready on :" + (primary + 1)));
    }

    @Test
    void startedSecondariesFollowThePrimarysPort() {
        int primary = TestCommands.freePorts(2);
        Supervisor supervisor = supervisor("mserve.secondaries.count = 1");

        supervisor.start(primary);

        assertThat(dispatcher.attached).extracting(SecondaryInfo::port).containsExactly(primary + 1);
    }

    @Test
    void aSecondaryThatFailsToStartIsReportedWithTheTailOfItsOutput() {
        int base = TestCommands.freePorts(1);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 1, base-port = " + base
                + ", command = [sh, -c, \"echo starting; echo boom >&2; exit 3\"] }");

        assertThatThrownBy(() -> supervisor.start(5001))
                .isInstanceOf(NoSecondaryStarted.class)
                .hasMessageContaining("no secondary started (0/1)");

        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).isEqualTo(String.join("\n",
                "secondary 1/1 failed to start on :" + base + ": exited with code 3 before answering the handshake",
                "  its last 2 lines of output:",
                "  | starting",
                "  | boom"));
        assertThat(progress.get(1)).startsWith("0/1 secondaries up in");
        assertThat(dispatcher.attached).isEmpty();
    }

    @Test
    void aStrangerHoldingAStartedSecondarysPortIsNotTakenForIt() throws Exception {
        int port = TestCommands.freePorts(1);
        SecondaryProcess stranger = tiny(port);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 1, base-port = " + port
                + ", command = [sleep, \"30\"] }");

        assertThatThrownBy(() -> supervisor.start(5001)).isInstanceOf(NoSecondaryStarted.class);

        assertThat(progress.get(0)).startsWith("secondary 1/1 failed to start on :" + port + ": port " + port
                + " is held by another process (pid " + stranger.pid() + "), not the secondary started: it is not taken");
        assertThat(dispatcher.attached).isEmpty();
    }

    @Test
    void oneFailureDoesNotStopTheOthers() {
        int base = TestCommands.freePorts(2);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 2, base-port = " + base
                + ", command = [sh, -c, \"if [ {id} = 1 ]; then exit 7; fi; exec \\\"$0\\\" \\\"$@\\\"\", "
                + "\"{java}\", -cp, \"{classpath}\", " + TinySecondary.class.getName() + ", \"{port}\"] }");

        assertThat(supervisor.start(5001)).isEqualTo(1);

        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("secondary 1/2 failed to start on :" + base
                + ": exited with code 7"));
        assertThat(progress).last().asString().startsWith("1/2 secondaries up");
    }

    @Test
    void aKilledSecondaryIsRestartedWithANewProcess() {
        int base = TestCommands.freePorts(1);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 1, base-port = " + base
                + ", restart-backoff { min = 50ms, max = 1s } }");
        supervisor.start(5001);
        long first = dispatcher.attachedAs(1).get(0).pid().orElseThrow();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        await().atMost(PATIENCE).until(() -> dispatcher.attachedAs(1).size() == 2);
        long second = dispatcher.attachedAs(1).get(1).pid().orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(TestCommands.running(second)).isTrue();
        assertThat(dispatcher.restarting).containsExactly(1);
        assertThat(dispatcher.attachedAs(1).get(1).port()).isEqualTo(base);
    }

    @Test
    void aRemoteSecondaryIsReconnectedAfterItComesBack() throws Exception {
        int port = TestCommands.freePorts(1);
        SecondaryProcess remote = tiny(port);
        Supervisor supervisor = supervisor("mserve.secondaries { remote = [\"127.0.0.1:" + port + "\"],"
                + " restart-backoff { min = 50ms, max = 200ms } }");
        supervisor.start(5001);
        assertThat(dispatcher.attachedAs(1)).singleElement()
                .satisfies(info -> assertThat(info.pid()).isEmpty());
        assertThat(progress.get(0)).startsWith("secondary 1/1 ready on 127.0.0.1:" + port);

        remote.destroy(Duration.ofSeconds(5));
        await().atMost(PATIENCE).until(() -> dispatcher.restarting.contains(1));
        tiny(port);

        await().atMost(PATIENCE).until(() -> dispatcher.attachedAs(1).size() == 2);
    }

    @Test
    void closeStopsTheSecondariesAndRestartsNoMore() {
        int base = TestCommands.freePorts(2);
        Supervisor supervisor = supervisor("mserve.secondaries { count = 2, base-port = " + base
                + ", restart-backoff { min = 50ms, max = 1s } }");
        supervisor.start(5001);
        List<Long> pids = dispatcher.attached.stream().map(info -> info.pid().orElseThrow()).toList();

        supervisor.close();

        assertThat(pids).noneSatisfy(pid -> assertThat(TestCommands.running(pid)).isTrue());
        assertThat(dispatcher.restarting).isEmpty();
    }
}
