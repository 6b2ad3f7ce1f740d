package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.QType;
import io.mserve.testkit.Action;
import io.mserve.testkit.Behaviour;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QClient.QError;
import io.mserve.testkit.QueryScript;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two pools of fake secondaries through real sockets: hdb (secondary 1) and rdb (secondaries 2
 * and 3, numbered after hdb's as the pools go in name order). Each answers {@code pool} with its
 * pool's name; alice's queries go to hdb, everybody else's to rdb, until they {@code .mserve.use}.
 */
class PoolsTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withPools().pool("hdb", 1).pool("rdb", 2)
            .behaviour(id -> answeringPool(id, id == 1 ? "hdb" : "rdb"))
            .config("""
                    mserve.pools.rdb.strategy = round-robin
                    mserve.default-pool = rdb
                    mserve.pool-of-user { alice = hdb }
                    """);

    private static Behaviour answeringPool(int id, String pool) {
        QueryScript script = new QueryScript(id);
        return query -> {
            String text = query.text();
            if (text.endsWith("pool")) {
                Action answer = new Action.Answer(new ByteVector(QType.CHAR, pool.getBytes(StandardCharsets.ISO_8859_1)));
                return text.startsWith("sleep ")
                        ? new Action.Pause(Duration.ofMillis(Long.parseLong(text.split("[ ;]")[1])), answer) : answer;
            }
            return script.on(query);
        };
    }

    private static String text(Object reply) {
        return new String((char[]) reply);
    }

    @Test
    void aUserMappedToAPoolHasItsQueriesRunThere() {
        QClient alice = mserve.client("alice:");
        for (int i = 0; i < 4; i++) {
            assertThat(text(alice.deferred("pool"))).isEqualTo("hdb");
        }
        assertThat(alice.sync(".mserve.use[]")).isEqualTo("hdb");
    }

    @Test
    void otherUsersAreInTheDefaultPoolRoutedByItsStrategy() {
        QClient bob = mserve.client("bob:");
        assertThat(bob.sync(".mserve.use[]")).isEqualTo("rdb");
        assertThat(text(bob.deferred("pool"))).isEqualTo("rdb");
        assertThat(text(bob.deferred("who"))).isEqualTo("secondary 3");
        assertThat(text(bob.deferred("who"))).as("round-robin within rdb only").isEqualTo("secondary 2");
        assertThat(text(bob.deferred("who"))).isEqualTo("secondary 3");
    }

    @Test
    void useSwitchesTheClientsLaterDeferredSyncQueriesAndAnswersThePoolNowInUse() {
        QClient bob = mserve.client("bob:");
        assertThat(bob.sync(".mserve.use`hdb")).isEqualTo("hdb");
        assertThat(text(bob.deferred("pool"))).isEqualTo("hdb");
        assertThat(text(bob.deferred("who"))).isEqualTo("secondary 1");
        assertThat(bob.sync(".mserve.use[]")).isEqualTo("hdb");
        assertThat(bob.sync(".mserve.use`rdb")).isEqualTo("rdb");
        assertThat(text(bob.deferred("pool"))).isEqualTo("rdb");
        assertThat(text(mserve.client("carol:").deferred("pool"))).as("other clients stay where they were").isEqualTo("rdb");
    }

    @Test
    void anUnknownPoolIsAQErrorAndTheClientStaysInItsPool() {
        QClient bob = mserve.client("bob:");
        assertThatThrownBy(() -> bob.sync(".mserve.use`gateway")).isInstanceOf(QError.class)
                .hasMessage("mserve: no pool gateway");
        assertThatThrownBy(() -> bob.sync(".mserve.use 1")).isInstanceOf(QError.class).hasMessage("type");
        assertThat(text(bob.deferred("pool"))).isEqualTo("rdb");
    }

    @Test
    void aClientSwitchingPoolsWithQueriesInFlightGetsItsRepliesInTheOrderItSentThem() throws Exception {
        c javakdb = mserve.client("bob:").connection();
        javakdb.ks("sleep 400; pool".toCharArray());
        // The sync message goes out without waiting for its response, then the next query at once.
        OutputStream out = javakdb.s.getOutputStream();
        out.write(javakdb.serialize(1, ".mserve.use`hdb".toCharArray(), false));
        out.flush();
        javakdb.ks("pool".toCharArray());

        Object[] first = javakdb.readMsg();
        Object[] second = javakdb.readMsg();
        Object[] third = javakdb.readMsg();
        assertThat(first[0]).as("async").isEqualTo((byte) 0);
        assertThat(text(first[1])).as("the slow query, run in rdb").isEqualTo("rdb");
        assertThat(second[0]).as("response").isEqualTo((byte) 2);
        assertThat(second[1]).isEqualTo("hdb");
        assertThat(text(third[1])).as("the query after the switch, run in hdb though it finished first").isEqualTo("hdb");
    }

    @Test
    void statusShowsEachSecondarysPool() {
        assertThat(mserve.primary().status()).extracting(SecondaryStatus::pool).containsExactly("hdb", "rdb", "rdb");
        c.Flip status = (c.Flip) mserve.client().sync(".mserve.status[]");
        assertThat(status.x).startsWith("id", "pool");
        assertThat((String[]) status.y[1]).containsExactly("hdb", "rdb", "rdb");
        assertThat(Optional.ofNullable(mserve.client().sync("exec id from .mserve.status[] where pool=`rdb")))
                .hasValueSatisfying(ids -> assertThat((long[]) ids).containsExactly(2, 3));
    }
}
