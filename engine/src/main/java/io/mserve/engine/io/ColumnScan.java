package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code sum}, {@code min} and {@code max} of a long or float column file, and how many items of
 * a long column file compare to a long some way, computed in its mapped pages without copying
 * the column to the heap: what a query over a whole partition needs of the hottest aggregates. The results are {@code ops.aggregate.Agg}'s: nulls skipped, the
 * type's infinity when every item is null.
 */
public final class ColumnScan {
    private ColumnScan() {}

    private static final int HEADER = 16;

    /** The aggregate {@code fn} ({@code sum min max}) of column file {@code file}; null when the file is not a long or float vector. */
    public static K aggregate(Path file, String fn) {
        return aggregate(file, fn, MappedColumn.CHUNK);
    }

    static K aggregate(Path file, String fn, int chunk) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header h = header(file, ch);
            if (h == null) {
                return null;
            }
            int t = h.type;
            long n = h.count;
            long window = Math.max(8, chunk - chunk % 8);
            int kind = fn.equals("sum") ? 0 : fn.equals("min") ? 1 : fn.equals("max") ? 2 : -1;
            if (kind < 0) {
                return null;
            }
            return t == QType.LONG ? Q.j(longs(ch, n, window, kind)) : Q.f(doubles(ch, n, window, kind));
        } catch (IOException e) {
            throw Handles.error(file, e);
        }
    }

    /**
     * How many items of long column file {@code file} compare to {@code value} as {@code op}
     * ({@code < > <= >= = <>}) says, q's way (a null is the least long); -1 when the file is not a long vector.
     */
    public static long count(Path file, String op, long value) {
        return count(file, op, value, MappedColumn.CHUNK);
    }

    static long count(Path file, String op, long value, int chunk) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header h = header(file, ch);
            if (h == null || h.type != QType.LONG) {
                return -1;
            }
            long n = h.count;
            long window = Math.max(8, chunk - chunk % 8);
            long c = 0;
            for (long done = 0; done < n * 8; done += window) {
                long len = Math.min(window, n * 8 - done);
                LongBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, HEADER + done, len).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
                c += count(b, op, value);
            }
            return c;
        } catch (IOException e) {
            throw Handles.error(file, e);
        }
    }

    private record Header(int type, long count) {}

    /** The type and item count of a long or float vector file, or null when {@code file} is something else. */
    private static Header header(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < HEADER) {
            return null;
        }
        ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // a read may stop short
        }
        int t = head.get(2);
        if ((head.get(0) & 0xff) != 0xfe || head.get(1) != 0x20 || t != QType.LONG && t != QType.FLOAT) {
            return null;
        }
        return new Header(t, KdbFile.count(file.toString(), head.getLong(8), head.get(3), size - HEADER, 8));
    }

    private static long count(LongBuffer b, String op, long value) {
        int m = b.remaining();
        long c = 0;
        switch (op) {
            case "<" -> { for (int i = 0; i < m; i++) { c += b.get(i) < value ? 1 : 0; } }
            case ">" -> { for (int i = 0; i < m; i++) { c += b.get(i) > value ? 1 : 0; } }
            case "<=" -> { for (int i = 0; i < m; i++) { c += b.get(i) <= value ? 1 : 0; } }
            case ">=" -> { for (int i = 0; i < m; i++) { c += b.get(i) >= value ? 1 : 0; } }
            case "=" -> { for (int i = 0; i < m; i++) { c += b.get(i) == value ? 1 : 0; } }
            case "<>" -> { for (int i = 0; i < m; i++) { c += b.get(i) != value ? 1 : 0; } }
            default -> throw QException.nyi();
        }
        return c;
    }

    private static long longs(FileChannel ch, long n, long window, int kind) throws IOException {
        long r = kind == 0 ? 0 : kind == 1 ? QNull.LONG_INF : -QNull.LONG_INF;
        for (long done = 0; done < n * 8; done += window) {
            long len = Math.min(window, n * 8 - done);
            LongBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, HEADER + done, len).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
            int m = b.remaining();
            for (int i = 0; i < m; i++) {
                long v = b.get(i);
                if (v != QNull.LONG) {
                    r = kind == 0 ? r + v : kind == 1 ? Math.min(r, v) : Math.max(r, v);
                }
            }
        }
        return r;
    }

    private static double doubles(FileChannel ch, long n, long window, int kind) throws IOException {
        double r = kind == 0 ? 0 : kind == 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (long done = 0; done < n * 8; done += window) {
            long len = Math.min(window, n * 8 - done);
            DoubleBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, HEADER + done, len).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            int m = b.remaining();
            for (int i = 0; i < m; i++) {
                double v = b.get(i);
                if (kind == 0 ? v == v : kind == 1 ? v < r : v > r) {
                    r = kind == 0 ? r + v : v;
                }
            }
        }
        return r;
    }
}
