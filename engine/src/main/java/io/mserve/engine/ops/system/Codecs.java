package io.mserve.engine.ops.system;

import io.mserve.engine.QException;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Values as bytes and back: digests ({@code md5}, {@code -33!}, {@code .Q.sha1}), base64
 * ({@code .Q.btoa .Q.atob}), gzip ({@code .Q.gz}) and kdb+'s IPC serialization ({@code -8! -18! -9!}).
 */
public final class Codecs {
    private Codecs() {}

    /** {@code md5 s}: the MD5 digest of a string's bytes. */
    public static K md5(K x) {
        return digest("MD5", latin1(x));
    }

    /** {@code -33!s}: the SHA-1 digest of a string's bytes. */
    public static K sha1OfText(K x) {
        return digest("SHA-1", latin1(x));
    }

    /** {@code .Q.sha1 x}: the SHA-1 digest of a string or bytes. */
    public static K sha1(K x) {
        return digest("SHA-1", bytes(x));
    }

    /** {@code .Q.btoa x}: base64 text of a string or bytes. */
    public static K btoa(K x) {
        return Q.str(Base64.getEncoder().encodeToString(bytes(x)));
    }

    /** {@code .Q.atob s}: the bytes base64 text (a string or bytes) stands for; {@code 'domain} unless padded to a multiple of 4. */
    public static K atob(K x) {
        byte[] text = bytes(x);
        if (text.length % 4 != 0) {
            throw QException.domain();
        }
        try {
            return new ByteVector(QType.BYTE, Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw QException.domain();
        }
    }

    /**
     * {@code .Q.gz}: {@code .Q.gz[::]} is 1b (zlib is there); {@code .Q.gz(level;data)} gzips a
     * string or bytes at level 0-9; {@code .Q.gz data} gunzips. Either way the result has the
     * type of the data given.
     */
    public static K gz(K x) {
        if (x == Q.NIL) {
            return Q.TRUE;
        }
        if (x.type() == QType.LIST && x.count() == 2) {
            long level = Ints.toLong(Lists.at(x, 0));
            K data = Lists.at(x, 1);
            if (level < 0 || level > 9) {
                throw QException.domain();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new LeveledGzip(out, (int) level)) {
                zip.write(bytes(data));
            } catch (IOException e) {
                throw QException.domain();
            }
            return new ByteVector(data.type(), out.toByteArray());
        }
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes(x)))) {
            return new ByteVector(x.type(), zip.readAllBytes());
        } catch (IOException e) {
            throw QException.domain();
        }
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }

    /**
     * {@code -8!x}, and {@code -18!x}: x serialized as an IPC message, which {@code -18!}
     * compresses as kdb+ compresses a message: when it is over 2000 bytes and halves.
     */
    public static K serialize(K x, boolean compress) {
        byte[] bytes = Encoder.encode(0, x);
        byte[] packed = compress && bytes.length > Compression.THRESHOLD ? Compression.compress(bytes) : null;
        return new ByteVector(QType.BYTE, packed == null ? bytes : packed);
    }

    /** {@code -9!b}: the value an IPC message holds. */
    public static K deserialize(K x) {
        try {
            return Decoder.decode(((ByteVector) x).items());
        } catch (MalformedMessageException | ClassCastException e) {
            throw QException.type();
        }
    }

    private static K digest(String algorithm, byte[] bytes) {
        try {
            return new ByteVector(QType.BYTE, MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw QException.nyi();
        }
    }

    private static byte[] latin1(K text) {
        return Q.text(text).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(K x) {
        if (x instanceof ByteVector b) {
            return b.items();
        }
        throw QException.type();
    }
}
