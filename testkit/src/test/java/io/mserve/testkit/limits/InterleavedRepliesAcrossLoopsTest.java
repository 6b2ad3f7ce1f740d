package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.ByteReply;
import io.mserve.testkit.MservePrimary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streamed and held replies alternating to each of several clients on other loops than the
 * secondaries: each stream ends on its secondary's loop while the next reply reaches the client
 * from the dispatcher's loop, and every reply must still come, whole and in order.
 */
class InterleavedRepliesAcrossLoopsTest {
    private static final int CLIENTS = 8;
    private static final int QUERIES = 40;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.io-threads = 4")
            .config("mserve.transport.stream-replies-over = 64K");

    @Test
    void everyClientGetsEachOfItsStreamedAndHeldRepliesInOrder() {
        List<CompletableFuture<List<Long>>> clients = IntStream.range(0, CLIENTS)
                .mapToObj(c -> CompletableFuture.supplyAsync(() -> {
                    try (RawClient client = RawClient.login(mserve.port())) {
                        for (int q = 0; q < QUERIES; q++) {
                            client.send(RawClient.asyncText("bytes " + size(c, q)));
                        }
                        List<Long> got = new ArrayList<>();
                        for (int q = 0; q < QUERIES; q++) {
                            got.add(ByteReply.read(client.input(), MessageType.ASYNC));
                        }
                        return got;
                    }
                }))
                .toList();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            assertThat(clients.get(c).join()).as("client %d", c)
                    .containsExactlyElementsOf(IntStream.range(0, QUERIES).mapToObj(q -> (long) size(client, q)).toList());
        }
    }

    // even queries stream (over 64 KB), odd ones are held whole; each client's sizes its own
    private static int size(int client, int query) {
        return query % 2 == 0 ? 100_000 + client * 1000 + query : 10 + client + query;
    }
}
