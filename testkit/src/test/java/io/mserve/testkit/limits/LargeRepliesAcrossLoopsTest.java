package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.ByteReply;
import io.mserve.testkit.MservePrimary;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With several I/O threads, clients sit on other loops than the secondaries' connections: a
 * streamed reply then crosses threads, and so does the back-pressure that paces it.
 */
class LargeRepliesAcrossLoopsTest {
    private static final int CLIENTS = 4;
    private static final int BYTES = 30_000_000;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.io-threads = 4");

    @Test
    void clientsOnEveryLoopEachGetTheirLongRepliesWholeAndInOrder() {
        List<CompletableFuture<List<Long>>> clients = IntStream.range(0, CLIENTS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try (RawClient client = RawClient.login(mserve.port())) {
                        client.send(RawClient.asyncText("bytes " + BYTES));
                        client.send(RawClient.asyncText("bytes " + (BYTES + i)));
                        return List.of(ByteReply.read(client.input(), MessageType.ASYNC), ByteReply.read(client.input(), MessageType.ASYNC));
                    }
                }))
                .toList();
        for (int i = 0; i < CLIENTS; i++) {
            assertThat(clients.get(i).join()).as("client %d", i).containsExactly((long) BYTES, (long) BYTES + i);
        }
    }
}
