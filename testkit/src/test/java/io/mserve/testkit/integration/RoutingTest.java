package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.testkit.Action;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client contract through real sockets: javakdb clients, a real primary, fake secondaries. */
class RoutingTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(3);

    @Test
    void aDeferredSyncQueryComesBackAsAnAsyncMessage() throws Exception {
        QClient q = mserve.client();
        assertThat((long[]) q.deferred("til 3")).containsExactly(0, 1, 2);
        c javakdb = q.connection();
        javakdb.ks("who".toCharArray());
        Object[] message = javakdb.readMsg();
        assertThat(message[0]).as("message type: async").isEqualTo((byte) 0);
        assertThat(new String((char[]) message[1])).startsWith("secondary ");
    }

    @Test
    void aQueryAsAListTravelsAsIs() {
        Object[] call = {"f".toCharArray(), 1L, new String[] {"a", "b"}};
        Object echoed = mserve.client().deferred(call);
        assertThat(echoed).isInstanceOf(Object[].class);
        assertThat((String[]) ((Object[]) echoed)[2]).containsExactly("a", "b");
    }

    @Test
    void syncMessagesRunOnThePrimary() {
        QClient q = mserve.client();
        q.sync("xs: til 9");
        assertThat((long[]) q.sync("xs")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(mserve.fake(1).served() + mserve.fake(2).served() + mserve.fake(3).served())
                .as("no secondary saw the sync message").isZero();
        c.Flip status = (c.Flip) q.sync(".mserve.status[]");
        assertThat(status.x).startsWith("id", "pool", "host", "port", "pid", "state");
        assertThat((long[]) status.y[0]).containsExactly(1, 2, 3);
        assertThat((String[]) status.y[1]).containsOnly("default");
        assertThat((String[]) status.y[5]).containsOnly("up");
    }

    @Test
    void anErrorInASecondaryReachesTheClientWithItsText() {
        QClient q = mserve.client();
        assertThatThrownBy(() -> q.deferred("fail oops: no such table")).isInstanceOf(QClient.QError.class)
                .hasMessage("oops: no such table");
        assertThat(new String((char[]) q.deferred("reply still fine"))).isEqualTo("still fine");
    }

    @Test
    void fiftyClientsWithTwentyPipelinedQueriesEachGetTheirOwnRepliesInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int client = 0; client < 50; client++) {
                int me = client;
                results.add(pool.submit(() -> {
                    try (QClient q = QClient.connect(mserve.port())) {
                        for (int i = 0; i < 20; i++) {
                            // Random short holds make secondaries finish out of arrival order.
                            q.async("sleep " + ThreadLocalRandom.current().nextInt(3) + "; reply client " + me + " query " + i);
                        }
                        List<String> replies = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            replies.add(new String((char[]) q.receive()));
                        }
                        return replies;
                    }
                }));
            }
            for (int client = 0; client < 50; client++) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    expected.add("client " + client + " query " + i);
                }
                assertThat(results.get(client).get(60, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mserve.fake(1).served()).as("every secondary took a share").isPositive();
        assertThat(mserve.fake(2).served()).isPositive();
        assertThat(mserve.fake(3).served()).isPositive();
    }

    @Test
    void aClientThatLeavesWithQueriesOutstandingDisturbsNobody() throws Exception {
        QClient leaver = QClient.connect(mserve.port());
        for (int i = 0; i < 6; i++) {
            leaver.async("sleep 30; reply for the leaver " + i);
        }
        leaver.close();
        QClient stayer = mserve.client();
        for (int i = 0; i < 30; i++) {
            stayer.async("sleep 1; reply mine " + i);
        }
        for (int i = 0; i < 30; i++) {
            assertThat(new String((char[]) stayer.receive())).isEqualTo("mine " + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mserve.primary().status().stream().mapToInt(SecondaryStatus::inFlight).sum() == 0);
        assertThat(new String((char[]) stayer.deferred("reply after"))).isEqualTo("after");
    }
}
