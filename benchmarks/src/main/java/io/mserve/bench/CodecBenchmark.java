package io.mserve.bench;

import com.kx.c;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kdb+ IPC codec on the three shapes of message mserve handles most: a client's query (a
 * char vector), a tiny reply (a long atom) and a large reply (a 10,000-row trade table). The
 * table is also encoded and decoded by javakdb, so that the ratio ours/javakdb can be read off one
 * run. The table decoders read both serializations of it ({@link TableMessage}): ours, little
 * endian as kdb+ sends, and javakdb's, which an unconnected {@code c} writes big endian.
 *
 * <p>{@link #baseline()} copies the encoded table into a fresh array: no codec can produce or
 * consume that message faster than memory copies it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmark {
    /** Rows in the large reply. */
    static final int ROWS = 10_000;

    private final ByteBufAllocator pooled = PooledByteBufAllocator.DEFAULT;

    private K query;
    private K reply;
    private K table;
    private byte[] queryBytes;
    private byte[] replyBytes;
    private byte[] tableBytes;
    private byte[] packedTableBytes;
    private Object javakdbTable;

    @Setup
    public void setUp() throws Exception {
        query = new ByteVector(QType.CHAR, "select from trade".getBytes(StandardCharsets.ISO_8859_1));
        reply = new LongAtom(-QType.LONG, 42);
        table = trade(ROWS);
        queryBytes = Encoder.encode(MessageType.SYNC, query);
        replyBytes = Encoder.encode(MessageType.RESPONSE, reply);
        tableBytes = Encoder.encode(MessageType.RESPONSE, table);
        packedTableBytes = Compression.compress(tableBytes);
        javakdbTable = new c().deserialize(tableBytes);

        // Measure nothing that is wrong.
        check(Decoder.decode(queryBytes).equals(query), "query does not round-trip");
        check(Decoder.decode(replyBytes).equals(reply), "reply does not round-trip");
        check(Decoder.decode(tableBytes).equals(table), "table does not round-trip");
        check(packedTableBytes != null, "table does not compress");
        check(Arrays.equals(Compression.decompress(packedTableBytes, 0, packedTableBytes.length, Integer.MAX_VALUE),
                tableBytes), "table does not decompress to itself");
    }

    /** The encoded trade table, as serialized by one codec or the other. */
    @State(Scope.Benchmark)
    public static class TableMessage {
        @Param({"mserve", "javakdb"})
        public String serializedBy;

        byte[] bytes;

        @Setup
        public void setUp() throws Exception {
            Table table = trade(ROWS);
            byte[] ours = Encoder.encode(MessageType.RESPONSE, table);
            bytes = serializedBy.equals("mserve") ? ours
                    : new c().serialize(MessageType.RESPONSE, new c().deserialize(ours), false);
            check(Decoder.decode(bytes).equals(table), "we do not decode the table " + serializedBy + " wrote");
            check(bytes.length == ours.length, "javakdb's table message is not the size of ours");
        }
    }

    /** The trade table of the codec's tests: sym, price, size. */
    static Table trade(int rows) {
        String[] syms = new String[rows];
        double[] price = new double[rows];
        long[] size = new long[rows];
        String[] names = {"IBM", "MSFT", "AAPL", "GOOG"};
        for (int i = 0; i < rows; i++) {
            syms[i] = names[i % names.length];
            price[i] = 100 + (i % 97) * 0.25;
            size[i] = (i * 7919L) % 100_000;
        }
        return new Table(new SymbolVector(new String[] {"sym", "price", "size"}),
                new K[] {new SymbolVector(syms), new FloatVector(QType.FLOAT, price), new LongVector(QType.LONG, size)});
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(problem);
        }
    }

    @Benchmark
    public byte[] baseline() {
        byte[] copy = new byte[tableBytes.length];
        System.arraycopy(tableBytes, 0, copy, 0, tableBytes.length);
        return copy;
    }

    @Benchmark
    public byte[] encodeQuery() {
        return Encoder.encode(MessageType.SYNC, query);
    }

    @Benchmark
    public K decodeQuery() {
        return Decoder.decode(queryBytes);
    }

    @Benchmark
    public byte[] encodeReply() {
        return Encoder.encode(MessageType.RESPONSE, reply);
    }

    @Benchmark
    public K decodeReply() {
        return Decoder.decode(replyBytes);
    }

    @Benchmark
    public byte[] encodeTable() {
        return Encoder.encode(MessageType.RESPONSE, table);
    }

    /** As the reply path writes it: into a pooled (direct) buffer, released once written. */
    @Benchmark
    public int encodeTableToPooledBuffer() {
        ByteBuf buf = Encoder.encode(pooled, MessageType.RESPONSE, table);
        int written = buf.writerIndex();
        buf.release();
        return written;
    }

    @Benchmark
    public K decodeTable(TableMessage message) {
        return Decoder.decode(message.bytes);
    }

    @Benchmark
    public byte[] javakdbEncodeTable() throws Exception {
        return new c().serialize(MessageType.RESPONSE, javakdbTable, false);
    }

    @Benchmark
    public Object javakdbDecodeTable(TableMessage message) throws Exception {
        return new c().deserialize(message.bytes);
    }

    @Benchmark
    public byte[] compressTable() {
        return Compression.compress(tableBytes);
    }

    @Benchmark
    public byte[] decompressTable() {
        return Compression.decompress(packedTableBytes, 0, packedTableBytes.length, Integer.MAX_VALUE);
    }
}
