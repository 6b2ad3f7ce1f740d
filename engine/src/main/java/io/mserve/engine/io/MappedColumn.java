package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A column file read through {@link FileChannel#map}: the items of a simple vector or a 64-bit
 * enumeration ({@link KdbFile} describes the layouts) are copied from mapped windows of at most
 * {@code chunk} bytes straight into the vector's array, so a file over 2^31 bytes reads, the pages
 * stay in the OS page cache (shared by every process on the host), and no byte copy of the file
 * is made on the heap. Other files (serialized lists) are read whole and decoded by {@link KdbFile}.
 * Vectors read are kept by path, size and modification time in a {@link ColumnCache} of bounded
 * bytes: the next query naming the column reuses it until newer reads push it out, the file
 * changes or the process stays idle (a daemon thread empties the cache then).
 */
public final class MappedColumn {
    private MappedColumn() {}

    /** The largest window mapped at once: 1 GiB. */
    public static final int CHUNK = 1 << 30;
    private static final int HEADER = 16;
    private static final int PAGE = 4096;
    private static final ColumnCache<Key, Items> CACHE = new ColumnCache<>(ColumnCache.budget());
    private static final ScheduledExecutorService IDLE = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "column-cache-idle");
        t.setDaemon(true);
        return t;
    });

    static {
        long idle = Math.max(1, ColumnCache.idleMillis());
        long nanos = TimeUnit.MILLISECONDS.toNanos(idle);
        // checked four times per idle time, but not more often than every 50 ms
        IDLE.scheduleWithFixedDelay(() -> CACHE.expire(System.nanoTime(), nanos), idle, Math.max(50, idle / 4), TimeUnit.MILLISECONDS);
    }

    private record Key(Path path, long size, long modified) {}

    // A file's items: a vector, or an enumeration's indexes (as longs) and its domain's name. Sessions
    // share it, so it holds no session's domain.
    private record Items(K vector, String domain) {}

    /** The value in column file {@code file}, enumerations over {@code domains}; the items are kept, within the cache's budget, for later reads. */
    public static K read(Path file, Function<String, Domain> domains) {
        Key key = key(file);
        Items items = CACHE.get(key);
        if (items == null) {
            items = items(file, CHUNK);
            if (items == null) {
                return KdbFile.decode(file.toString(), Handles.read(file), domains);
            }
            CACHE.put(key, items, bytes(items.vector()));
        }
        return value(items, domains);
    }

    /** The bytes the process keeps materialised between queries now (at most {@link ColumnCache#budget()}). */
    static long cached() {
        return CACHE.bytes();
    }

    // A vector's heap bytes: its items' width (a guid is a reference to an object of two longs) times its count.
    private static long bytes(K vector) {
        int w = VectorBytes.width(vector.type());
        return vector.count() * (vector.type() == QType.GUID ? 40 : w);
    }

    /** As above, uncached, mapping at most {@code chunk} bytes at a time. */
    public static K read(Path file, Function<String, Domain> domains, int chunk) {
        Items items = items(file, chunk);
        return items == null ? KdbFile.decode(file.toString(), Handles.read(file), domains) : value(items, domains);
    }

    private static K value(Items items, Function<String, Domain> domains) {
        if (items.domain() == null) {
            return items.vector();
        }
        LongVector index = (LongVector) items.vector();
        return new Enumeration(domains.apply(items.domain()), index.items(), index.attribute());
    }

    // The items of a simple vector or enumeration file; null for other files.
    private static Items items(Path file, int chunk) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = header(ch, (int) Math.min(size, PAGE));
            int m0 = size < 2 ? -1 : head.get(0) & 0xff;
            int m1 = size < 2 ? -1 : head.get(1) & 0xff;
            if (m0 == 0xfe && m1 == 0x20 && size >= HEADER) {
                int t = head.get(2);
                int w = VectorBytes.width(t);
                if (w > 0 && t != QType.SYMBOL) {
                    long n = KdbFile.count(file.toString(), head.getLong(8), head.get(3), size - HEADER, w);
                    return new Items(items(ch, t, HEADER, (int) n, attribute(head.get(3)), chunk), null);
                }
            } else if (m0 == 0xfd && m1 == 0x20 && size >= PAGE && head.get(PAGE - HEADER + 2) == KdbFile.ENUM) {
                long n = KdbFile.count(file.toString(), head.getLong(PAGE - 8), head.get(PAGE - HEADER + 3), size - PAGE, 8);
                return new Items(items(ch, QType.LONG, PAGE, (int) n, attribute(head.get(PAGE - HEADER + 3)), chunk), domain(head));
            }
        } catch (IOException | OutOfMemoryError e) {
            throw Handles.error(file, e);
        }
        return null;
    }

    /**
     * The number of items in column file {@code file}, from its header alone when it is a simple
     * vector, an enumeration or a serialized list; other files are read.
     */
    public static long rows(Path file, Function<String, Domain> domains) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = header(ch, (int) Math.min(size, PAGE));
            int m0 = size < 2 ? -1 : head.get(0) & 0xff;
            int m1 = size < 2 ? -1 : head.get(1) & 0xff;
            if (m0 == 0xfe && m1 == 0x20 && size >= HEADER && VectorBytes.width(head.get(2)) > 0) {
                return KdbFile.count(file.toString(), head.getLong(8), head.get(3), size - HEADER, VectorBytes.width(head.get(2)));
            }
            if (m0 == 0xfd && m1 == 0x20 && size >= PAGE) {
                return KdbFile.count(file.toString(), head.getLong(PAGE - 8), head.get(PAGE - HEADER + 3), size - PAGE, 8);
            }
            if (m0 == 0xff && m1 == 0x01 && size >= 8 && head.get(2) >= 0 && head.get(2) < QType.SYMBOL) {
                return head.getInt(4) & 0xffffffffL;
            }
        } catch (IOException e) {
            throw Handles.error(file, e);
        }
        return read(file, domains).count();
    }

    /**
     * An empty list of column file {@code file}'s type, attribute and domain, from its header
     * alone when it is a simple vector or an enumeration (what {@code meta} needs); other files are read.
     */
    public static K prototype(Path file, Function<String, Domain> domains) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = header(ch, (int) Math.min(size, PAGE));
            int m0 = size < 2 ? -1 : head.get(0) & 0xff;
            int m1 = size < 2 ? -1 : head.get(1) & 0xff;
            if (m0 == 0xfe && m1 == 0x20 && size >= HEADER && VectorBytes.width(head.get(2)) > 0 && head.get(2) != QType.SYMBOL) {
                return ((KVector) Lists.empty(head.get(2))).withAttribute(attribute(head.get(3)));
            }
            if (m0 == 0xfd && m1 == 0x20 && size >= PAGE && head.get(PAGE - HEADER + 2) == KdbFile.ENUM) {
                return new Enumeration(domains.apply(domain(head)), new long[0], attribute(head.get(PAGE - HEADER + 3)));
            }
        } catch (IOException e) {
            throw Handles.error(file, e);
        }
        return Gather.slice(read(file, domains), 0, 0);
    }

    private static Key key(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw Handles.error(file, e);
        }
    }

    private static ByteBuffer header(FileChannel ch, int n) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // a read may stop short of n bytes
        }
        return head.flip();
    }

    private static String domain(ByteBuffer head) {
        int end = HEADER;
        while (end < PAGE - HEADER && head.get(end) != 0) {
            end++;
        }
        if (end == HEADER) {
            throw QException.type();
        }
        byte[] name = new byte[end - HEADER];
        head.get(HEADER, name);
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private static int attribute(byte b) {
        return b >= 0 && b <= Attribute.GROUPED ? b : 0;
    }

    // n items of type t from byte offset `from`, mapped a window of whole items at a time.
    private static K items(FileChannel ch, int t, long from, int n, int attribute, int chunk) throws IOException {
        int w = VectorBytes.width(t);
        long window = Math.max(w, chunk - chunk % w);
        Object array = array(t, n);
        long total = (long) n * w;
        for (long done = 0; done < total; done += window) {
            long len = Math.min(window, total - done);
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, from + done, len);
            copy(b.order(ByteOrder.LITTLE_ENDIAN), t, array, (int) (done / w), (int) (len / w));
        }
        return vector(t, array, attribute);
    }

    private static Object array(int t, int n) {
        return switch (VectorBytes.width(t)) {
            case 1 -> new byte[n];
            case 2 -> new short[n];
            case 16 -> new UUID[n];
            case 4 -> t == QType.REAL ? new float[n] : new int[n];
            default -> t == QType.FLOAT || t == QType.DATETIME ? new double[n] : new long[n];
        };
    }

    private static void copy(ByteBuffer b, int t, Object array, int at, int n) {
        if (array instanceof byte[] a) {
            b.get(a, at, n);
        } else if (array instanceof short[] a) {
            b.asShortBuffer().get(a, at, n);
        } else if (array instanceof int[] a) {
            b.asIntBuffer().get(a, at, n);
        } else if (array instanceof float[] a) {
            b.asFloatBuffer().get(a, at, n);
        } else if (array instanceof double[] a) {
            b.asDoubleBuffer().get(a, at, n);
        } else if (array instanceof long[] a) {
            b.asLongBuffer().get(a, at, n);
        } else {
            UUID[] a = (UUID[]) array;
            b.order(ByteOrder.BIG_ENDIAN);
            for (int i = 0; i < n; i++) {
                a[at + i] = new UUID(b.getLong(), b.getLong());
            }
        }
    }

    private static K vector(int t, Object array, int attribute) {
        if (array instanceof byte[] a) {
            return new ByteVector(t, a, attribute);
        }
        if (array instanceof short[] a) {
            return new ShortVector(a, attribute);
        }
        if (array instanceof int[] a) {
            return new IntVector(t, a, attribute);
        }
        if (array instanceof float[] a) {
            return new RealVector(a, attribute);
        }
        if (array instanceof double[] a) {
            return new FloatVector(t, a, attribute);
        }
        if (array instanceof long[] a) {
            return new LongVector(t, a, attribute);
        }
        return new GuidVector((UUID[]) array, attribute);
    }
}
