package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * {@code .Q.fs .Q.fsn .Q.fps .Q.fpn}: a file (or a named pipe) read in chunks of about n bytes,
 * each cut after its last newline, and a function applied to each chunk's lines (a list of
 * strings). A line longer than a chunk makes its chunk longer. The file is read once, from start
 * to end, so a pipe works as a file does.
 */
public final class LineChunks {
    /** The chunk size of {@code .Q.fs} and {@code .Q.fps}. */
    public static final long DEFAULT_SIZE = 131000;

    private LineChunks() {}

    /** Applies {@code apply} to the lines of each chunk of the file {@code x}; returns the bytes read (for a file, its {@code hcount}). */
    public static K stream(K x, K size, UnaryOperator<K> apply) {
        if (!Handles.isFile(x)) {
            throw QException.type();
        }
        long n = Ints.toLong(size);
        if (n <= 0 || n > Integer.MAX_VALUE - 8) {
            throw QException.domain();
        }
        Path path = Handles.path(x);
        long total = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] carry = new byte[0];
            byte[] buffer = new byte[(int) n];
            while (true) {
                int got = in.readNBytes(buffer, 0, buffer.length);
                total += got;
                byte[] chunk = concat(carry, buffer, got);
                boolean end = got < buffer.length;
                int cut = end ? chunk.length : lastNewline(chunk) + 1;
                if (cut > 0) {
                    apply.apply(lines(chunk, cut));
                }
                carry = Arrays.copyOfRange(chunk, cut, chunk.length);
                if (end) {
                    return Q.j(total);
                }
            }
        } catch (IOException e) {
            throw Handles.error(path, e);
        }
    }

    private static byte[] concat(byte[] carry, byte[] buffer, int got) {
        byte[] out = Arrays.copyOf(carry, carry.length + got);
        System.arraycopy(buffer, 0, out, carry.length, got);
        return out;
    }

    private static int lastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // The lines of the first `length` bytes, as read0 makes them.
    private static K lines(byte[] chunk, int length) {
        Csv.Lines lines = Csv.Lines.of(Arrays.copyOf(chunk, length));
        K[] out = new K[lines.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ByteVector(QType.CHAR, Arrays.copyOfRange(lines.bytes(), lines.starts()[i], lines.ends()[i]));
        }
        return new KList(out);
    }
}
