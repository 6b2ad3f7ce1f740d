package io.mserve.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.limits.HeapWatch;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many connections to a real primary (two fake secondaries), each sending something no kdb+
 * client would: no handshake, a handshake that never ends, headers with impossible bytes,
 * lengths that lie, truncated and mutated messages, deep nesting, compressed bombs, huge
 * counts, random bytes. Meanwhile a normal client keeps asking deferred queries: each must be
 * answered correctly; the primary must not crash, hang, or allocate on the word of a length
 * field (its heap is this JVM's, watched throughout).
 */
class HostileInputTest {
    private static final long SEED = Long.getLong("mserve.hostile.seed", 20240611L);
    private static final int PER_KIND = Integer.getInteger("mserve.hostile.per-kind", 250);
    private static final int LYING_HELD_OPEN = 64;
    private static final long HEAP_BOUND = 64L << 20;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.handshake-timeout = 500ms");

    /** What one hostile connection sends. */
    enum Kind {
        NO_HANDSHAKE_GARBAGE(true), HANDSHAKE_WITHOUT_NUL(true), OVERSIZED_HANDSHAKE(true), BAD_HEADER(true),
        LYING_LENGTH_OVER_MAX(true), LYING_LENGTH_1GB(false), TRUNCATED(false), RANDOM_BYTES(false), MUTATED(false),
        DEEP_NESTING(false), COMPRESSED_BOMB(false), HUGE_COUNT(false);

        /** Whether the primary must close this connection by itself. */
        final boolean mustClose;

        Kind(boolean mustClose) {
            this.mustClose = mustClose;
        }
    }

    record Attack(Kind kind, boolean login, byte[] bytes) {}

    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger closedByPrimary = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();
    private final Map<Kind, AtomicInteger> notClosed = new EnumMap<>(Kind.class);

    @Test
    void noInputCrashesHangsOrInflatesThePrimary() throws Exception {
        for (Kind kind : Kind.values()) {
            notClosed.put(kind, new AtomicInteger());
        }
        List<Attack> attacks = attacks(new Random(SEED));
        QClient probe = mserve.client();
        assertThat(new String((char[]) probe.deferred("reply warm"))).isEqualTo("warm");
        long began = System.nanoTime();
        int answered = 0;
        int wrong = 0;
        long slowestProbeMs = 0;
        long retained = 0;
        try (HeapWatch heap = HeapWatch.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> running = new ArrayList<>();
            for (Attack attack : attacks) {
                running.add(pool.submit(() -> run(attack)));
            }
            List<Socket> held = holdLyingConnectionsOpen();
            int n = 0;
            while (running.stream().anyMatch(f -> !f.isDone()) || n < 20) {
                long t0 = System.nanoTime();
                String expected = "ok " + n;
                Object answer = probe.deferred("reply " + expected);
                slowestProbeMs = Math.max(slowestProbeMs, (System.nanoTime() - t0) / 1_000_000);
                if (answer instanceof char[] chars && new String(chars).equals(expected)) {
                    answered++;
                } else {
                    wrong++;
                }
                n++;
                if (n == 20) {
                    // What the primary holds while 64 connections each claim a 1 GB message: live data, after a collection.
                    retained = HeapWatch.settledHeap() - heap.baseline();
                    for (Socket socket : held) {
                        socket.close();
                    }
                }
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (Future<?> f : running) {
                f.get();
            }
            long peak = heap.peak();
            long peakAbove = heap.peakAboveBaseline();
            long seconds = (System.nanoTime() - began) / 1_000_000_000;
            QClient fresh = mserve.client();
            boolean freshAnswers = "fresh".equals(new String((char[]) fresh.deferred("reply fresh")));
            List<SecondaryStatus> status = mserve.primary().status();
            int crashes = (freshAnswers ? 0 : 1) + wrong;
            System.out.printf("hostile input (seed %d, %d s): connections tried %d (+%d held open claiming 1 GB), closed by"
                    + " the primary %d, bytes sent %d; peak heap %s (%s above a baseline of %s, garbage included; %s live"
                    + " while the 1 GB claims were open); normal queries answered %d, wrong %d, slowest %d ms; crashes %d;"
                    + " secondaries %s%n",
                    SEED, seconds, tried.get(), LYING_HELD_OPEN, closedByPrimary.get(), bytesSent.get(),
                    HeapWatch.mb(peak), HeapWatch.mb(peakAbove), HeapWatch.mb(heap.baseline()), HeapWatch.mb(retained),
                    answered, wrong,
                    slowestProbeMs, crashes, status.stream().map(s -> s.state() + "/" + s.restarts()).toList());
            assertThat(notClosed).as("connections the primary had to close, left open").allSatisfy((k, v) ->
                    assertThat(v.get()).as(k.name()).isZero());
            assertThat(wrong).as("normal queries answered wrongly").isZero();
            assertThat(answered).isGreaterThanOrEqualTo(20);
            assertThat(crashes).isZero();
            assertThat(slowestProbeMs).as("no hang: slowest normal query (ms)").isLessThan(5_000);
            assertThat(retained).as("live heap above baseline while lengths of 1 GB were claimed").isLessThan(HEAP_BOUND);
            assertThat(peakAbove).as("peak heap above baseline, garbage included: below one claimed message")
                    .isLessThan(1L << 30);
            assertThat(status).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
            assertThat(status).extracting(SecondaryStatus::restarts).as("no secondary was knocked down").containsOnly(0);
        }
    }

    // ---- running ----

    private void run(Attack attack) {
        tried.incrementAndGet();
        try (Socket socket = new Socket("127.0.0.1", mserve.port())) {
            socket.setTcpNoDelay(true);
            socket.setSoLinger(true, 0);
            InputStream in = socket.getInputStream();
            if (attack.login()) {
                socket.getOutputStream().write("hostile:\3\0".getBytes(StandardCharsets.ISO_8859_1));
                socket.setSoTimeout(5_000);
                if (in.read() != 3) {
                    throw new AssertionError("handshake refused");
                }
            }
            try {
                socket.getOutputStream().write(attack.bytes());
                socket.getOutputStream().flush();
                bytesSent.addAndGet(attack.bytes().length);
            } catch (IOException closedMidway) {
                closedByPrimary.incrementAndGet();
                return;
            }
            if (untilClosed(socket, in, attack.kind().mustClose ? 3_000 : 60)) {
                closedByPrimary.incrementAndGet();
            } else if (attack.kind().mustClose) {
                notClosed.get(attack.kind()).incrementAndGet();
            }
        } catch (IOException e) {
            closedByPrimary.incrementAndGet();
        }
    }

    /** Reads (and drops any replies) until the primary closes, or {@code waitMs} pass. */
    private static boolean untilClosed(Socket socket, InputStream in, long waitMs) throws IOException {
        long deadline = System.nanoTime() + waitMs * 1_000_000;
        byte[] sink = new byte[8192];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                if (in.read(sink) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** Connections that each claim a 1 GB message and send 100 bytes of it, all open at once. */
    private List<Socket> holdLyingConnectionsOpen() throws IOException {
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < LYING_HELD_OPEN; i++) {
            Socket socket = new Socket("127.0.0.1", mserve.port());
            socket.getOutputStream().write("hostile:\3\0".getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(5_000);
            if (socket.getInputStream().read() != 3) {
                throw new AssertionError("handshake refused");
            }
            byte[] lie = header(1, 0, 0, 1 << 30, 108);
            socket.getOutputStream().write(lie);
            held.add(socket);
        }
        return held;
    }

    // ---- the attacks ----

    private static List<Attack> attacks(Random random) {
        List<byte[]> valid = validMessages();
        List<Attack> attacks = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            for (Kind kind : Kind.values()) {
                attacks.add(attack(kind, random, valid));
            }
        }
        java.util.Collections.shuffle(attacks, random);
        return attacks;
    }

    private static Attack attack(Kind kind, Random random, List<byte[]> valid) {
        return switch (kind) {
            case NO_HANDSHAKE_GARBAGE -> {
                // No NUL: under 1024 bytes the handshake times out, over it the primary gives up at once.
                byte[] bytes = new byte[1 + random.nextInt(3000)];
                random.nextBytes(bytes);
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == 0) {
                        bytes[i] = 1;
                    }
                }
                yield new Attack(kind, false, bytes);
            }
            case HANDSHAKE_WITHOUT_NUL -> new Attack(kind, false, ("user" + random.nextInt(1000) + ":pw\3")
                    .getBytes(StandardCharsets.ISO_8859_1));
            case OVERSIZED_HANDSHAKE -> {
                byte[] bytes = new byte[2_000 + random.nextInt(200_000)];
                Arrays.fill(bytes, (byte) 'a');
                bytes[bytes.length - 1] = 0;
                yield new Attack(kind, false, bytes);
            }
            case BAD_HEADER -> new Attack(kind, true, badHeader(random));
            case LYING_LENGTH_OVER_MAX -> new Attack(kind, true,
                    header(random.nextBoolean() ? 1 : 0, random.nextInt(3), 0, 0x7fff_ffff - random.nextInt(1000), 108));
            case LYING_LENGTH_1GB -> new Attack(kind, true, header(1, random.nextInt(2), 0, 1 << 30, 108));
            case TRUNCATED -> {
                byte[] message = valid.get(random.nextInt(valid.size()));
                yield new Attack(kind, true, Arrays.copyOf(message, 1 + random.nextInt(message.length - 1)));
            }
            case RANDOM_BYTES -> {
                byte[] bytes = new byte[1 + random.nextInt(5000)];
                random.nextBytes(bytes);
                yield new Attack(kind, random.nextBoolean(), bytes);
            }
            case MUTATED -> {
                byte[] message = valid.get(random.nextInt(valid.size())).clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(8) == 0 ? random.nextInt(8) : 8 + random.nextInt(message.length - 8);
                    message[at] = (byte) random.nextInt(256);
                }
                yield new Attack(kind, true, message);
            }
            case DEEP_NESTING -> new Attack(kind, true, deep(1 + random.nextInt(2), 300 + random.nextInt(100_000)));
            case COMPRESSED_BOMB -> new Attack(kind, true, bomb(random));
            case HUGE_COUNT -> new Attack(kind, true, hugeCount(random));
        };
    }

    /** A little-endian (endian 1) or big-endian (0) header and {@code total - 8} zero bytes after it. */
    private static byte[] header(int endian, int type, int compressed, int length, int total) {
        byte[] bytes = new byte[total];
        bytes[0] = (byte) endian;
        bytes[1] = (byte) type;
        bytes[2] = (byte) compressed;
        putInt(bytes, 4, length, endian == 1);
        return bytes;
    }

    private static void putInt(byte[] bytes, int at, int value, boolean little) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (little ? 8 * i : 24 - 8 * i));
        }
    }

    private static byte[] badHeader(Random random) {
        byte[] bytes = header(1, 0, 0, 20, 20);
        bytes[8] = -7;
        switch (random.nextInt(5)) {
            case 0 -> bytes[0] = (byte) (2 + random.nextInt(254));
            case 1 -> bytes[1] = (byte) (3 + random.nextInt(253));
            case 2 -> bytes[2] = (byte) (2 + random.nextInt(254));
            case 3 -> bytes[3] = (byte) (1 + random.nextInt(255));
            default -> putInt(bytes, 4, random.nextInt(9), true);
        }
        return bytes;
    }

    /** Nested one-item general lists, {@code depth} deep, around a long. */
    private static byte[] deep(int type, int depth) {
        byte[] bytes = new byte[8 + 6 * depth + 9];
        bytes[0] = 1;
        bytes[1] = (byte) type;
        putInt(bytes, 4, bytes.length, true);
        for (int i = 0; i < depth; i++) {
            bytes[8 + 6 * i + 2] = 1;
        }
        bytes[8 + 6 * depth] = -7;
        return bytes;
    }

    /** A compressed message claiming 1 GB (or more than it could hold) uncompressed. */
    private static byte[] bomb(Random random) {
        int length = random.nextBoolean() ? 100 : 12 + random.nextInt(1 << 20);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] = 1;
        bytes[1] = (byte) random.nextInt(2);
        bytes[2] = 1;
        bytes[3] = 0;
        putInt(bytes, 4, length, true);
        putInt(bytes, 8, random.nextBoolean() ? 1 << 30 : 0x7fff_ffff, true);
        return bytes;
    }

    /** A vector or list whose count claims far more items than follow. */
    private static byte[] hugeCount(Random random) {
        int[] types = {0, 1, 4, 5, 6, 7, 9, 10, 11, 12, 2, 98, 99};
        int type = types[random.nextInt(types.length)];
        int count = random.nextInt(4) == 0 ? -1 - random.nextInt(1000) : 0x7fff_ffff - random.nextInt(1 << 20);
        int tail = random.nextInt(64);
        byte[] bytes = new byte[8 + 6 + tail];
        bytes[0] = 1;
        bytes[1] = (byte) random.nextInt(2);
        putInt(bytes, 4, bytes.length, true);
        bytes[8] = (byte) type;
        putInt(bytes, 10, count, true);
        for (int i = 14; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }

    private static List<byte[]> validMessages() {
        List<byte[]> valid = new ArrayList<>();
        valid.add(Encoder.encode(MessageType.ASYNC, text("reply x")));
        valid.add(Encoder.encode(MessageType.SYNC, text("reply y")));
        valid.add(Encoder.encode(MessageType.ASYNC, text("who")));
        valid.add(Encoder.encode(MessageType.ASYNC, new KList(new K[] {new LongAtom(-QType.LONG, 42),
                new SymbolAtom("abc"), text("def")}, 0)));
        valid.add(Encoder.encode(MessageType.ASYNC, new Dict(new SymbolVector(new String[] {"a", "b"}, 0),
                new LongVector(QType.LONG, new long[] {1, 2}, 0), false)));
        valid.add(Encoder.encode(MessageType.ASYNC, new LongVector(QType.LONG, new long[] {1, 2, 3, 4, 5}, 0)));
        byte[] big = Encoder.encode(MessageType.ASYNC, text("reply " + "z".repeat(5000)));
        byte[] packed = Compression.compress(big);
        valid.add(packed != null ? packed : big);
        return valid;
    }

    private static ByteVector text(String s) {
        return new ByteVector(QType.CHAR, s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
