package io.mserve.ipc.codec;

import io.mserve.ipc.wire.MessageHeader;

/**
 * kdb+ IPC compression: the byte-pair hash scheme of {@code -18!} and javakdb's {@code zip}. The
 * compressed message keeps the original header's first two bytes, sets byte 2 to 1, and carries
 * the uncompressed length (header included) at offset 8, before the stream.
 */
public final class Compression {
    /** Messages kdb+ leaves alone: it compresses only those longer than this. */
    public static final int THRESHOLD = 2000;

    // Each stream item is at least 1 byte plus 1/8 of a flag byte and yields at most 257 bytes
    // (a back-reference of 2 bytes yields 2 + 255), so no honest stream expands beyond this.
    private static final int MAX_EXPANSION = 121;

    private Compression() {}

    /**
     * Compresses a whole message (header included), as kdb+ would.
     *
     * @return the compressed message, or {@code null} when it would not be under half the size
     */
    public static byte[] compress(byte[] message) {
        int t = message.length;
        int limit = t / 2;
        if (t < MessageHeader.SIZE + 1 || limit < 12) {
            return null;
        }
        byte[] out = new byte[limit];
        out[0] = message[0];
        out[1] = message[1];
        out[2] = 1;
        boolean little = message[0] == 1;
        putInt(out, 8, t, little);
        int[] table = new int[256];
        int pendingHash = 0;
        int pendingPos = 0;
        int flagPos = 12;
        int d = 12;
        int flags = 0;
        int bit = 0;
        int s = MessageHeader.SIZE;
        int hash = 0;
        while (s < t) {
            if (bit == 0) {
                if (d > limit - 17) {
                    return null;
                }
                out[flagPos] = (byte) flags;
                flagPos = d++;
                flags = 0;
                bit = 1;
            }
            boolean literal = true;
            int candidate = 0;
            if (s <= t - 3) {
                hash = (message[s] ^ message[s + 1]) & 0xFF;
                candidate = table[hash];
                literal = candidate == 0 || message[s] != message[candidate];
            }
            if (pendingPos > 0) {
                table[pendingHash] = pendingPos;
                pendingPos = 0;
            }
            if (literal) {
                pendingHash = hash;
                pendingPos = s;
                out[d++] = message[s++];
            } else {
                table[hash] = s;
                flags |= bit;
                candidate += 2;
                s += 2;
                int start = s;
                int end = Math.min(s + 255, t);
                while (message[candidate] == message[s]) {
                    s++;
                    if (s >= end) {
                        break;
                    }
                    candidate++;
                }
                out[d++] = (byte) hash;
                out[d++] = (byte) (s - start);
            }
            bit = (bit << 1) & 0xFF;
        }
        out[flagPos] = (byte) flags;
        putInt(out, 4, d, little);
        return java.util.Arrays.copyOf(out, d);
    }

    /**
     * Expands a compressed message (header included) into the whole uncompressed message, with
     * byte 2 cleared and the length field set to the uncompressed length.
     *
     * @param maxBytes the largest uncompressed message accepted
     * @throws MalformedMessageException when the stream is inconsistent, claims a length it could
     *         not produce from its size, or exceeds {@code maxBytes}
     */
    public static byte[] decompress(byte[] message, int offset, int length, int maxBytes) {
        if (length < 12) {
            throw new MalformedMessageException("compressed message of " + length + " bytes is shorter than its 12-byte header");
        }
        boolean little = message[offset] == 1;
        int size = getInt(message, offset + 8, little);
        if (size < MessageHeader.SIZE + 1) {
            throw new MalformedMessageException("compressed message claims " + Integer.toUnsignedString(size)
                    + " uncompressed bytes, less than the least possible");
        }
        if (size > maxBytes || (long) size > (long) length * MAX_EXPANSION) {
            throw new MalformedMessageException("compressed message of " + length + " bytes claims "
                    + size + " uncompressed bytes, more than it can hold or is allowed");
        }
        byte[] dst = new byte[size];
        dst[0] = message[offset];
        dst[1] = message[offset + 1];
        putInt(dst, 4, size, little);
        int[] table = new int[256];
        int end = offset + length;
        int d = offset + 12;
        int s = MessageHeader.SIZE;
        int h = MessageHeader.SIZE;
        int flags = 0;
        int bit = 0;
        while (s < size) {
            if (bit == 0) {
                need(d, 1, end);
                flags = message[d++] & 0xFF;
                bit = 1;
            }
            int extra = -1;
            if ((flags & bit) != 0) {
                need(d, 2, end);
                int r = table[message[d++] & 0xFF];
                extra = message[d++] & 0xFF;
                if (r < MessageHeader.SIZE || s + 2 + extra > size) {
                    throw new MalformedMessageException("compressed stream refers outside the message at byte " + (d - offset));
                }
                dst[s++] = dst[r++];
                dst[s++] = dst[r++];
                for (int m = 0; m < extra; m++) {
                    dst[s + m] = dst[r + m];
                }
            } else {
                need(d, 1, end);
                dst[s++] = message[d++];
            }
            while (h < s - 1) {
                table[(dst[h] ^ dst[h + 1]) & 0xFF] = h;
                h++;
            }
            if (extra >= 0) {
                s += extra;
                h = s;
            }
            bit = (bit << 1) & 0xFF;
        }
        if (d != end) {
            throw new MalformedMessageException("compressed stream has " + (end - d) + " bytes after its end");
        }
        return dst;
    }

    private static void need(int at, int bytes, int end) {
        if (at + bytes > end) {
            throw new MalformedMessageException("compressed stream ends early");
        }
    }

    static int getInt(byte[] bytes, int at, boolean little) {
        if (little) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | bytes[at + 3] << 24;
        }
        return bytes[at] << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
    }

    private static void putInt(byte[] bytes, int at, int value, boolean little) {
        for (int i = 0; i < 4; i++) {
            int shift = little ? 8 * i : 24 - 8 * i;
            bytes[at + i] = (byte) (value >>> shift);
        }
    }
}
