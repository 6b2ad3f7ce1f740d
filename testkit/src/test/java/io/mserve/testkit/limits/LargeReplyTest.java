package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.ByteReply;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies of any length stream through the primary to their client; {@code max-message-bytes}
 * limits only what clients send, and no reply's length counts as its secondary's death.
 */
class LargeReplyTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.max-message-bytes = 65536");

    @Test
    void aReplyLongerThanMaxMessageBytesReachesItsClientWholeAndNoSecondaryRestarts() {
        try (RawClient client = RawClient.login(mserve.port())) {
            client.send(RawClient.asyncText("bytes 50000000"));
            assertThat(ByteReply.read(client.input(), MessageType.ASYNC)).isEqualTo(50_000_000);
            client.send(RawClient.asyncText("bytes 3000000"));
            assertThat(ByteReply.read(client.input(), MessageType.ASYNC)).as("the connection goes on").isEqualTo(3_000_000);
        }
        assertThat(mserve.fake(1).served() + mserve.fake(2).served()).as("each asked once, never retried").isEqualTo(2);
        assertThat(restarts()).containsOnly(0L);
    }

    @Test
    void repliesOwedBeforeAndAfterAStreamedOneKeepTheClientsOrder() {
        QClient q = mserve.client();
        q.async("sleep 300; reply first");
        q.async("bytes 3000000");
        q.async("reply third");
        assertThat(new String((char[]) q.receive())).isEqualTo("first");
        byte[] bytes = (byte[]) q.receive();
        assertThat(bytes).hasSize(3_000_000);
        assertThat(IntStream.range(0, bytes.length).filter(i -> bytes[i] != (byte) i).count()).as("bytes out of place").isZero();
        assertThat(new String((char[]) q.receive())).isEqualTo("third");
    }

    @Test
    void aClientLeavingInTheMiddleOfAReplyLeavesBothSecondariesServing() throws Exception {
        try (RawClient leaver = RawClient.login(mserve.port())) {
            leaver.send(RawClient.asyncText("bytes 400000000"));
            InputStream in = leaver.input();
            assertThat(in.readNBytes(1 << 20)).hasSize(1 << 20);
        }
        QClient bystander = mserve.client();
        Set<String> answered = new HashSet<>();
        // The secondary it came from is busy until it has sent the rest (read and dropped); then both answer pairs.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            bystander.async("sleep 20; who");
            bystander.async("sleep 20; who");
            answered.add(new String((char[]) bystander.receive()));
            answered.add(new String((char[]) bystander.receive()));
            return answered.size() == 2;
        });
        assertThat(answered).containsExactlyInAnyOrder("secondary 1", "secondary 2");
        assertThat(restarts()).containsOnly(0L);
    }

    private long[] restarts() {
        c.Flip table = (c.Flip) mserve.client().sync(".mserve.status[]");
        for (int i = 0; i < table.x.length; i++) {
            if (table.x[i].equals("restarts")) {
                Object column = table.y[i];
                return column instanceof long[] longs ? longs : IntStream.of((int[]) column).asLongStream().toArray();
            }
        }
        throw new AssertionError("no restarts column in .mserve.status[]");
    }
}
