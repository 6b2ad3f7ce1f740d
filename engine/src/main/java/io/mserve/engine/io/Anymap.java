package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.CompressedFile;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * kdb+'s nested list files (engine README, "Files kdb+ writes"). Since 3.6 a list is the pair
 * {@code f} + {@code f#} ("anymap", type 77): {@code f} is a 4096-byte page ({@code fd 20} …,
 * {@code fd 01 4d 00} at 4080) and one word per item, the item's offset in {@code f#}'s data
 * (bits 0-55) and its form (bits 56-63: 1 compact, 0 full); {@code f#} is a page ({@code fd 00 04 00}
 * at 4080) and the items. A compact item is {@code 0x7f+type}, a count byte for a vector, and
 * the raw values, packed; a full one starts 8-aligned with {@code fb 00 type attr | int32 1 |
 * int64 count}. Before 3.6 ({@code fe 20 77+t}, read only): cumulative item ends into a headerless f#.
 */
final class Anymap {
    private Anymap() {}

    static final int TYPE = 77;
    private static final int PAGE = 4096;
    private static final int COMPACT_TYPE = 0x7f;
    private static final int MAX_COMPACT = 0x5f;
    private static final long OFFSET_MASK = 0x00ff_ffff_ffff_ffffL;

    /** The items of anymap index file {@code index} (file {@code name}) over the data file {@code data}. */
    static K decode(String name, byte[] index, byte[] data) {
        String dataName = name + "#";
        long stored = ByteBuffer.wrap(index).order(ByteOrder.LITTLE_ENDIAN).getLong(PAGE - 8);
        if ((index.length - PAGE) % 8 != 0 || stored != 0 && stored != (index.length - PAGE) / 8) {
            throw CompressedFile.corrupt(name);
        }
        if (data.length < PAGE || data[PAGE - 16] != (byte) 0xfd || data[PAGE - 14] != QType.BYTE) {
            throw CompressedFile.corrupt(dataName);
        }
        ByteBuffer words = ByteBuffer.wrap(index).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        K[] items = new K[(index.length - PAGE) / 8];
        for (int i = 0; i < items.length; i++) {
            long word = words.getLong(PAGE + 8 * i);
            long at = PAGE + (word & OFFSET_MASK);
            int form = (int) (word >>> 56);
            if (form > 1) {
                throw CompressedFile.corrupt(name);
            }
            if (at >= data.length) {
                throw CompressedFile.corrupt(dataName);
            }
            items[i] = form == 1 ? compact(dataName, data, (int) at) : full(dataName, in, (int) at);
        }
        return new KList(items);
    }

    private static K compact(String name, byte[] data, int at) {
        int t = (data[at] & 0xff) - COMPACT_TYPE;
        int w = VectorBytes.width(Math.abs(t));
        if (w == 0) {
            throw unreadable(name, Math.abs(t));
        }
        if (t < 0) {
            need(name, data, at + 1, w);
            return Lists.at(VectorBytes.get(-t, data, at + 1, 1, 0), 0);
        }
        need(name, data, at + 1, 1);
        int n = data[at + 1] & 0xff;
        need(name, data, at + 2, n * w);
        return VectorBytes.get(t, data, at + 2, n, 0);
    }

    private static K full(String name, ByteBuffer in, int at) {
        byte[] data = in.array();
        need(name, data, at, 16);
        if (data[at] != (byte) 0xfb || data[at + 1] != 0) {
            throw CompressedFile.corrupt(name);
        }
        int t = data[at + 2];
        int w = VectorBytes.width(t);
        if (w == 0) {
            throw t == 0 ? QException.nyi() : unreadable(name, t);
        }
        long n = in.getLong(at + 8);
        if (n < 0 || n > (data.length - at - 16) / w) {
            throw CompressedFile.corrupt(name);
        }
        int attribute = data[at + 3] == Attribute.SORTED ? Attribute.SORTED : Attribute.NONE;
        return VectorBytes.get(t, data, at + 16, (int) n, attribute);
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
     * The files {@code f} and {@code f#} kdb+ writes for list {@code v}, or null when an item is not
     * an atom or vector of a fixed-width type (symbols and nested lists are written as serialized lists).
     */
    static byte[][] encode(K v) {
        K[] items = Lists.items(v);
        ByteBuffer index = ByteBuffer.allocate(PAGE + 8 * items.length).order(ByteOrder.LITTLE_ENDIAN);
        page(index, 0x01, TYPE);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(PAGE).order(ByteOrder.LITTLE_ENDIAN);
        page(header, 0x00, QType.BYTE);
        data.write(header.array(), 0, PAGE);
        for (K item : items) {
            int t = item.type();
            int w = VectorBytes.width(Math.abs(t));
            if (w == 0 || t == 0) {
                return null;
            }
            long size = t < 0 ? w : item.count() * w;
            byte[] raw = raw(item, t < 0 ? -t : t);
            if (size <= MAX_COMPACT) {
                index.putLong(data.size() - PAGE | 1L << 56);
                data.write(COMPACT_TYPE + t);
                if (t > 0) {
                    data.write((int) item.count());
                }
                data.write(raw, 0, raw.length);
            } else {
                while (data.size() % 8 != 0) {
                    data.write(0);
                }
                index.putLong(data.size() - PAGE);
                ByteBuffer full = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                int attribute = item instanceof KVector kv && kv.attribute() == Attribute.SORTED ? Attribute.SORTED : 0;
                full.put((byte) 0xfb).put((byte) 0).put((byte) t).put((byte) attribute).putInt(1).putLong(item.count());
                data.write(full.array(), 0, 16);
                data.write(raw, 0, raw.length);
            }
        }
        return new byte[][] {index.array(), data.toByteArray()};
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

    // Symbols (enumerated against f##) and enumerations are kdb+ items we do not read yet; other types are no items at all.
    private static QException unreadable(String name, int t) {
        return t == QType.SYMBOL || t >= 20 && t < TYPE ? QException.nyi() : CompressedFile.corrupt(name);
    }

    private static void need(String name, byte[] data, int at, long bytes) {
        if (at + bytes > data.length) {
            throw CompressedFile.corrupt(name);
        }
    }
}
