package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.CompressedFile;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * kdb+'s nested list files (engine README, "Files kdb+ writes"). Since 3.6 a list is the pair
 * {@code f} + {@code f#} ("anymap", type 77): {@code f} is a 4096-byte page ({@code fd 20} …,
 * {@code fd 01 4d 00} at 4080) and one word per item, the item's offset in {@code f#}'s data
 * (bits 0-55) and its form (bits 56-63: 1 compact, 0 full); {@code f#} is a page ({@code fd 00 04 00}
 * at 4080) and the items. A compact item is {@code 0x7f+type}, a count byte for a vector, and
 * the raw values, packed; a full one starts 8-aligned with {@code fb 00 type attr | int32 1 |
 * int64 count}. A general list item is a full one of type 0 whose values are item words; symbols are
 * type-20 items indexing the file's domain, {@code f##} (inferred layouts, see the README). Before
 * 3.6 ({@code fe 20 77+t}, read only): cumulative item ends into a headerless f#.
 */
final class Anymap {
    private Anymap() {}

    static final int TYPE = 77;
    private static final int PAGE = 4096;
    private static final int COMPACT_TYPE = 0x7f;
    private static final int MAX_COMPACT = 0x5f;
    private static final long OFFSET_MASK = 0x00ff_ffff_ffff_ffffL;
    // Lists nested deeper are written serialized and, read, taken for a loop of offsets.
    private static final int MAX_DEPTH = 64;

    /**
     * The items of anymap index file {@code index} (file {@code name}) over the data file {@code data};
     * symbols in it index the domain in {@code name##}, read only when an item needs it.
     */
    static K decode(String name, byte[] index, byte[] data) {
        long stored = ByteBuffer.wrap(index).order(ByteOrder.LITTLE_ENDIAN).getLong(PAGE - 8);
        if ((index.length - PAGE) % 8 != 0 || stored != 0 && stored != (index.length - PAGE) / 8) {
            throw CompressedFile.corrupt(name);
        }
        if (data.length < PAGE || data[PAGE - 16] != (byte) 0xfd || data[PAGE - 14] != QType.BYTE) {
            throw CompressedFile.corrupt(name + "#");
        }
        ByteBuffer words = ByteBuffer.wrap(index).order(ByteOrder.LITTLE_ENDIAN);
        Reader reader = new Reader(name, data);
        K[] items = new K[(index.length - PAGE) / 8];
        for (int i = 0; i < items.length; i++) {
            items[i] = reader.item(name, words.getLong(PAGE + 8 * i), 0);
        }
        return new KList(items);
    }

    /** Reads the items of one anymap's data file, and its symbol domain when first needed. */
    private static final class Reader {
        private final String name;
        private final String dataName;
        private final byte[] data;
        private final ByteBuffer in;
        private String[] domain;
        // Lists read, by offset: words may share one (kdb+ deduplicates), and corrupt ones must not multiply the work.
        private final Map<Integer, K> lists = new HashMap<>();

        Reader(String name, byte[] data) {
            this.name = name;
            this.dataName = name + "#";
            this.data = data;
            this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        }

        // The item at index word {@code word} found in file {@code from}, nested {@code depth} lists deep.
        K item(String from, long word, int depth) {
            long at = PAGE + (word & OFFSET_MASK);
            int form = (int) (word >>> 56);
            if (form > 1 || depth > MAX_DEPTH) {
                throw CompressedFile.corrupt(from);
            }
            if (at >= data.length) {
                throw CompressedFile.corrupt(dataName);
            }
            return form == 1 ? compact((int) at) : full((int) at, depth);
        }

        private K compact(int at) {
            int t = (data[at] & 0xff) - COMPACT_TYPE;
            if (t == Enumeration.TYPE) {
                // 0x93, 4 bytes (0 as we write them), a count byte, the indexes: DDB q2ddb.cpp's NestedEnumSymsHeader
                need(at + 1, 5);
                return symbols(at + 6, data[at + 5] & 0xff);
            }
            if (t == -Enumeration.TYPE) {
                need(at + 1, 8);
                return Lists.at(symbols(at + 1, 1), 0);
            }
            int w = VectorBytes.width(Math.abs(t));
            if (w == 0) {
                throw unreadable(Math.abs(t));
            }
            if (t < 0) {
                need(at + 1, w);
                return Lists.at(VectorBytes.get(-t, data, at + 1, 1, 0), 0);
            }
            need(at + 1, 1);
            int n = data[at + 1] & 0xff;
            need(at + 2, (long) n * w);
            return VectorBytes.get(t, data, at + 2, n, 0);
        }

        private K full(int at, int depth) {
            need(at, 16);
            if (data[at] != (byte) 0xfb || data[at + 1] != 0) {
                throw CompressedFile.corrupt(dataName);
            }
            int t = data[at + 2];
            int w = t == 0 || t == Enumeration.TYPE ? 8 : VectorBytes.width(t);
            long n = in.getLong(at + 8);
            if (w == 0) {
                throw unreadable(t);
            }
            if (n < 0 || n > (data.length - at - 16) / w) {
                throw CompressedFile.corrupt(dataName);
            }
            if (t == Enumeration.TYPE) {
                return symbols(at + 16, (int) n);
            }
            if (t == 0) {
                K list = lists.get(at);
                if (list == null) {
                    K[] items = new K[(int) n];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = item(dataName, in.getLong(at + 16 + 8 * i), depth + 1);
                    }
                    list = new KList(items);
                    lists.put(at, list);
                }
                return list;
            }
            int attribute = data[at + 3] == Attribute.SORTED ? Attribute.SORTED : Attribute.NONE;
            return VectorBytes.get(t, data, at + 16, (int) n, attribute);
        }

        // The n symbols whose indexes into the domain in name## are at {@code at}.
        private SymbolVector symbols(int at, int n) {
            need(at, 8L * n);
            String[] domain = domain();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                long ix = in.getLong(at + 8 * i);
                if (ix < 0 || ix >= domain.length) {
                    throw CompressedFile.corrupt(name + "##");
                }
                out[i] = domain[(int) ix];
            }
            return new SymbolVector(out);
        }

        private String[] domain() {
            if (domain == null) {
                String file = name + "##";
                K d = KdbFile.decode(file, Handles.read(Path.of(file)), none -> {
                    throw CompressedFile.corrupt(file);
                });
                if (!(d instanceof SymbolVector s)) {
                    throw CompressedFile.corrupt(file);
                }
                domain = s.items();
            }
            return domain;
        }

        // Enumerations over other domains (32-bit, pre-3.6) are kdb+ items we do not read; other types are no items at all.
        private QException unreadable(int t) {
            return t > Enumeration.TYPE && t < TYPE ? QException.nyi() : CompressedFile.corrupt(dataName);
        }

        private void need(int at, long bytes) {
            if (at + bytes > data.length) {
                throw CompressedFile.corrupt(dataName);
            }
        }
    }

    /** A pre-3.6 nested file {@code fe 20 77+t}: cumulative ends of the items in the headerless {@code data}. */
    static K decodeLegacy(String name, byte[] index, byte[] data) {
        int t = index[2] - TYPE;
        int w = VectorBytes.width(t);
        if (w == 0 || t == QType.SYMBOL) {
            throw QException.nyi();
        }
        long n = KdbFile.items(name, index, 16, 8, Attribute.NONE);
        ByteBuffer ends = ByteBuffer.wrap(index).order(ByteOrder.LITTLE_ENDIAN);
        long last = n == 0 ? 0 : ends.getLong(16 + 8 * ((int) n - 1));
        // The ends count bytes or items: whichever makes the last one the data's end.
        int unit = last == data.length ? 1 : last * w == data.length ? w : 0;
        if (unit == 0) {
            throw CompressedFile.corrupt(name + "#");
        }
        K[] items = new K[(int) n];
        long from = 0;
        for (int i = 0; i < n; i++) {
            long to = ends.getLong(16 + 8 * i) * unit;
            if (to < from || to > data.length || (to - from) % w != 0) {
                throw CompressedFile.corrupt(name);
            }
            items[i] = VectorBytes.get(t, data, (int) from, (int) ((to - from) / w), 0);
            from = to;
        }
        return new KList(items);
    }

    /**
     * The files {@code f}, {@code f#} and, when it holds symbols, {@code f##} (null otherwise) that
     * kdb+ writes for list {@code v}; null when an item is not an atom, vector or list of them of
     * a fixed-width type or symbols (dictionaries, tables, functions are written as serialized lists).
     */
    static byte[][] encode(K v) {
        K[] items = Lists.items(v);
        Writer writer = new Writer();
        long[] words = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            words[i] = writer.item(items[i], 0);
            if (words[i] < 0) {
                return null;
            }
        }
        ByteBuffer index = ByteBuffer.allocate(PAGE + 8 * items.length).order(ByteOrder.LITTLE_ENDIAN);
        page(index, 0x01, TYPE);
        index.asLongBuffer().put(words);
        return new byte[][] {index.array(), writer.data.toByteArray(), writer.domain()};
    }

    /**
     * Writes items into one anymap's data file. Symbols are enumerated against the file's own
     * domain, its symbols in order of first appearance (ChangesIn3.6.md: "file##, which contains
     * the enumeration domain"), and stored as type-20 items.
     */
    private static final class Writer {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final Map<String, Long> positions = new LinkedHashMap<>();

        Writer() {
            ByteBuffer header = ByteBuffer.allocate(PAGE).order(ByteOrder.LITTLE_ENDIAN);
            page(header, 0x00, QType.BYTE);
            data.write(header.array(), 0, PAGE);
        }

        // The index word of {@code item} written at the end of the data; -1 for an item kdb+'s anymap does not hold.
        long item(K item, int depth) {
            K plain = Enumeration.plain(item);
            int t = plain.type();
            if (t == QType.SYMBOL || t == -QType.SYMBOL) {
                return symbols(plain);
            }
            if (t == 0 && plain instanceof KList list && depth < MAX_DEPTH) {
                return list(list.items(), depth);
            }
            int w = VectorBytes.width(Math.abs(t));
            if (w == 0 || t == 0) {
                return -1;
            }
            long size = t < 0 ? w : plain.count() * w;
            byte[] raw = raw(plain, Math.abs(t));
            if (size <= MAX_COMPACT) {
                long word = compactAt();
                data.write(COMPACT_TYPE + t);
                if (t > 0) {
                    data.write((int) plain.count());
                }
                data.write(raw, 0, raw.length);
                return word;
            }
            int attribute = plain instanceof KVector kv && kv.attribute() == Attribute.SORTED ? Attribute.SORTED : 0;
            return full(t, attribute, plain.count(), raw);
        }

        // A general list: its items first, then the 8-aligned list of their words (DDB's NestedList<0xFB,0x00,1>).
        private long list(K[] items, int depth) {
            ByteBuffer words = ByteBuffer.allocate(8 * items.length).order(ByteOrder.LITTLE_ENDIAN);
            for (K item : items) {
                long word = item(item, depth + 1);
                if (word < 0) {
                    return -1;
                }
                words.putLong(word);
            }
            return full(0, 0, items.length, words.array());
        }

        private long symbols(K v) {
            boolean atom = v.type() < 0;
            String[] names = atom ? new String[] {((SymbolAtom) v).value()} : ((SymbolVector) v).items();
            ByteBuffer raw = ByteBuffer.allocate(8 * names.length).order(ByteOrder.LITTLE_ENDIAN);
            for (String s : names) {
                Long at = positions.get(s);
                if (at == null) {
                    at = (long) positions.size();
                    positions.put(s, at);
                }
                raw.putLong(at);
            }
            if (!atom && raw.capacity() > MAX_COMPACT) {
                return full(Enumeration.TYPE, 0, names.length, raw.array());
            }
            long word = compactAt();
            data.write(COMPACT_TYPE + (atom ? -Enumeration.TYPE : Enumeration.TYPE));
            if (!atom) {
                data.write(new byte[] {0, 0, 0, 0, (byte) names.length}, 0, 5);
            }
            data.write(raw.array(), 0, raw.capacity());
            return word;
        }

        private long compactAt() {
            return data.size() - PAGE | 1L << 56;
        }

        private long full(int t, int attribute, long n, byte[] raw) {
            while (data.size() % 8 != 0) {
                data.write(0);
            }
            long word = data.size() - PAGE;
            ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            header.put((byte) 0xfb).put((byte) 0).put((byte) t).put((byte) attribute).putInt(1).putLong(n);
            data.write(header.array(), 0, 16);
            data.write(raw, 0, raw.length);
            return word;
        }

        // The domain file f##, a symbol list file as sym files are; null when no item held a symbol.
        byte[] domain() {
            return positions.isEmpty() ? null : KdbFile.encode(new SymbolVector(positions.keySet().toArray(new String[0])), true);
        }
    }

    // A 4096-byte page: fd 20, zeros, and at 4080 a vector header fd (tag) (type) 00 with a 0 count.
    private static void page(ByteBuffer out, int tag, int type) {
        out.put(0, (byte) 0xfd).put(1, (byte) 0x20);
        out.put(PAGE - 16, (byte) 0xfd).put(PAGE - 15, (byte) tag).put(PAGE - 14, (byte) type);
        out.position(PAGE);
    }

    private static byte[] raw(K item, int t) {
        K vector = item.type() < 0 ? Lists.collapse(new K[] {item}) : item;
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(vector.count() * VectorBytes.width(t)));
        VectorBytes.put(out, vector);
        return out.array();
    }
}
