package io.mserve.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.FakeSecondary;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code .mserve.add}, {@code .mserve.remove} and {@code .mserve.each} through a real primary,
 * fake secondaries on loopback and javakdb clients; only admins may run them.
 */
class MembershipCommandsTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config(AdminRoleForTests.CONFIG)
            .config("mserve.strategy.name = least-queue")
            // A secondary that does not answer .mserve.add is given up on after this.
            .config("mserve.secondaries.ready-timeout = 2s");

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private QClient login(String user) {
        QClient client = QClient.connect("127.0.0.1", mserve.port(), user + ":");
        closing.add(client);
        return client;
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private String address(int fake) {
        return "127.0.0.1:" + mserve.fake(fake).port();
    }

    private List<String> statusAddresses() {
        return mserve.primary().status().stream().map(s -> s.info().address()).toList();
    }

    @Test
    void anAddedSecondaryIsConnectedAndTakesQueries() {
        FakeSecondary third = FakeSecondary.start(3, new QueryScript(3));
        closing.add(third);
        QClient admin = login("admin");

        assertThat(admin.sync(".mserve.add " + q("127.0.0.1:" + third.port()))).isEqualTo(3L);

        assertThat(mserve.primary().status()).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP).hasSize(3);
        // Three queries held at once: least-queue puts one on each secondary, the new one included.
        QClient[] clients = {login("u1"), login("u2"), login("u3")};
        for (QClient client : clients) {
            client.async("sleep 200; who");
        }
        List<String> who = new ArrayList<>();
        for (QClient client : clients) {
            who.add(new String((char[]) client.receive()));
        }
        assertThat(who).containsExactlyInAnyOrder("secondary 1", "secondary 2", "secondary 3");
    }

    @Test
    void aRemovedSecondaryFinishesItsQueriesInFlightFirstThenLeavesTheStatus() throws Exception {
        QClient slow1 = login("s1");
        QClient slow2 = login("s2");
        slow1.async("sleep 600; who");
        slow2.async("sleep 600; who");
        QClient admin = login("admin");

        CompletableFuture<Object> removed = CompletableFuture.supplyAsync(() -> admin.sync(".mserve.remove " + q(address(1))));
        // While it drains, new queries go to the other secondary only, after its slow one.
        QClient other = login("o");
        List<String> meanwhile = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            meanwhile.add(new String((char[]) other.deferred("who")));
        }

        assertThat(removed.get()).isEqualTo(1L);
        assertThat(new String((char[]) slow1.receive())).startsWith("secondary ");
        assertThat(new String((char[]) slow2.receive())).startsWith("secondary ");
        assertThat(meanwhile).containsOnly("secondary 2");
        assertThat(statusAddresses()).containsExactly(address(2));
        for (int i = 0; i < 3; i++) {
            assertThat(new String((char[]) other.deferred("who"))).isEqualTo("secondary 2");
        }
        assertThat(mserve.fake(1).served()).as("its slow query only").isEqualTo(1);
    }

    @Test
    void eachRunsTheQueryOnEverySecondaryAndAnswersADictionaryOfResultsAndErrors() {
        QClient admin = login("admin");

        c.Dict who = (c.Dict) admin.sync(".mserve.each " + q("who"));
        assertThat((String[]) who.x).containsExactly(address(1), address(2));
        assertThat((Object[]) who.y).extracting(v -> new String((char[]) v)).containsExactly("secondary 1", "secondary 2");

        c.Dict failed = (c.Dict) admin.sync(".mserve.each " + q("fail oops"));
        assertThat((Object[]) failed.y).extracting(v -> new String((char[]) v)).containsExactly("oops", "oops");
        assertThat(mserve.primary().status()).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
        assertThat(login("u").deferred("who")).isNotNull();
    }

    @Test
    void onlyAdminsMayRunThem() {
        QClient user = login("bob");
        for (String command : new String[] {".mserve.add " + q("127.0.0.1:1"), ".mserve.remove " + q(address(1)),
                ".mserve.each " + q("who"), ".mserve.restart[]"}) {
            assertThatThrownBy(() -> user.sync(command)).as(command).isInstanceOf(QClient.QError.class).hasMessage("access");
        }
        assertThat(statusAddresses()).containsExactly(address(1), address(2));
    }

    @Test
    void badArgumentsSignalQStyleErrors() {
        QClient admin = login("admin");
        assertThatThrownBy(() -> admin.sync(".mserve.remove " + q("127.0.0.1:1"))).hasMessage("mserve: no secondary 127.0.0.1:1");
        assertThatThrownBy(() -> admin.sync(".mserve.add 42")).hasMessage("type");
        assertThatThrownBy(() -> admin.sync(".mserve.add " + q("nohost"))).hasMessage("mserve: \"nohost\" is not host:port");
        assertThatThrownBy(() -> admin.sync(".mserve.add " + q(address(2)))).hasMessage("mserve: " + address(2) + " is already secondary 2");
        assertThat(statusAddresses()).containsExactly(address(1), address(2));
    }

    @Test
    void aSecondaryThatDoesNotAnswerIsNotAdded() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        QClient admin = login("admin");
        assertThatThrownBy(() -> admin.sync(".mserve.add " + q("127.0.0.1:" + closedPort)))
                .isInstanceOf(QClient.QError.class).hasMessageStartingWith("mserve: 127.0.0.1:" + closedPort + ": ");
        assertThat(statusAddresses()).containsExactly(address(1), address(2));
    }
}
