package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code max-connections} and {@code max-connections-per-user}: a client past either is answered
 * 'limit and closed, through real sockets and javakdb; the others are untouched.
 */
class ConnectionLimitTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1)
            .config("mserve.transport { max-connections = 4, max-connections-per-user = 2 }");

    private final List<QClient> open = new ArrayList<>();

    private QClient connect(String user) {
        QClient client = QClient.connect("127.0.0.1", mserve.port(), user + ":");
        open.add(client);
        return client;
    }

    private void closeAll() {
        open.forEach(QClient::closeQuietly);
        open.clear();
    }

    @Test
    void aUsersConnectionPastItsBoundGetsLimitWhileOtherUsersGetIn() {
        try {
            connect("alice");
            QClient second = connect("alice");
            QClient third = connect("alice");
            assertThatThrownBy(() -> third.sync("1+1")).isInstanceOf(QClient.QError.class).hasMessage("limit");
            assertThat(connect("bob").deferred("reply in")).isEqualTo("in".toCharArray());
            assertThat(second.deferred("reply still")).isEqualTo("still".toCharArray());
        } finally {
            closeAll();
        }
    }

    @Test
    void aConnectionPastTheTotalGetsLimitAndAPlaceFreedIsTakenAgain() {
        try {
            QClient first = connect("a");
            connect("b");
            connect("c");
            connect("d");
            QClient fifth = connect("e");
            assertThatThrownBy(() -> fifth.sync("1+1")).isInstanceOf(QClient.QError.class).hasMessage("limit");
            first.close();
            open.remove(first);
            Awaitility.await().untilAsserted(() -> {
                QClient again = connect("e");
                assertThat(again.sync("1+1")).isEqualTo(2L);
            });
        } finally {
            closeAll();
        }
    }
}
