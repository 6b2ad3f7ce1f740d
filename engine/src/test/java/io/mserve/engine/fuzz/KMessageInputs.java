package io.mserve.engine.fuzz;

import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * kdb+ IPC messages for the fuzzers: valid encodings of random values (q text as a string, a
 * (function;args) list, symbols, vectors, dictionaries, tables) from the transport codec, then
 * bytes flipped, the message cut short, and its length field, counts and flags lied about.
 * A message that still decodes is kept only if its text and symbols are {@link QTextInputs#safe}.
 */
public final class KMessageInputs {
    private static final String[] SYMBOLS = {"", "a", "b", "t", "d", "f", "x", "count", "til", "sum", "+", "value", "k"};

    private KMessageInputs() {}

    /** A message as bytes, maybe mutated, whose content is safe to evaluate. */
    public static Arbitrary<byte[]> messages() {
        return Combinators.combine(values(), Arbitraries.of(MessageType.SYNC, MessageType.SYNC, MessageType.ASYNC,
                MessageType.RESPONSE), ByteMutation.arbitrary().list().ofMaxSize(3))
            .as(KMessageInputs::encode).filter(KMessageInputs::safe);
    }

    static byte[] encode(K value, int type, List<ByteMutation> mutations) {
        byte[] bytes = Encoder.encode(type, value);
        for (ByteMutation m : mutations) {
            bytes = m.apply(bytes);
        }
        return bytes;
    }

    /** Random values of the types that travel, nested up to a few levels. */
    public static Arbitrary<K> values() {
        return Arbitraries.lazyOf(KMessageInputs::text, KMessageInputs::text, KMessageInputs::atom, KMessageInputs::atom,
                KMessageInputs::vector, KMessageInputs::vector, KMessageInputs::call, KMessageInputs::dict, KMessageInputs::table);
    }

    private static Arbitrary<K> text() {
        return QTextInputs.text().map(KMessageInputs::string);
    }

    private static Arbitrary<K> atom() {
        return Arbitraries.oneOf(
            Arbitraries.longs().map(v -> new LongAtom(-QType.LONG, v)),
            Arbitraries.integers().map(v -> new IntAtom(-QType.INT, v)),
            Arbitraries.doubles().map(v -> new FloatAtom(-QType.FLOAT, v)),
            Arbitraries.bytes().map(v -> new ByteAtom(-QType.BOOLEAN, v)),
            Arbitraries.bytes().map(v -> new ByteAtom(-QType.CHAR, v)),
            Arbitraries.integers().map(v -> new IntAtom(-QType.DATE, v)),
            Arbitraries.longs().map(v -> new LongAtom(-QType.TIMESTAMP, v)),
            Arbitraries.of(SYMBOLS).map(SymbolAtom::new));
    }

    private static Arbitrary<K> vector() {
        return Arbitraries.oneOf(
            Arbitraries.longs().array(long[].class).ofMaxSize(20).map(v -> new LongVector(QType.LONG, v)),
            Arbitraries.integers().array(int[].class).ofMaxSize(20).map(v -> new IntVector(QType.INT, v)),
            Arbitraries.doubles().array(double[].class).ofMaxSize(20).map(v -> new FloatVector(QType.FLOAT, v)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(v -> new ByteVector(QType.BYTE, v)),
            Arbitraries.of(SYMBOLS).array(String[].class).ofMaxSize(8).map(SymbolVector::new),
            Arbitraries.lazy(KMessageInputs::values).list().ofMaxSize(4).map(items -> new KList(items.toArray(K[]::new))));
    }

    // (f;args): what a client calls by name or sends as a function with its arguments.
    private static Arbitrary<K> call() {
        return Combinators.combine(Arbitraries.of(SYMBOLS).map(SymbolAtom::new), Arbitraries.lazy(KMessageInputs::values)
                .list().ofMaxSize(3)).as((f, args) -> {
                    K[] items = new K[args.size() + 1];
                    items[0] = f;
                    for (int i = 0; i < args.size(); i++) {
                        items[i + 1] = args.get(i);
                    }
                    return new KList(items);
                });
    }

    private static Arbitrary<K> dict() {
        return Arbitraries.of(SYMBOLS).array(String[].class).ofMinSize(1).ofMaxSize(4).uniqueElements()
            .map(keys -> new Dict(new SymbolVector(keys), new LongVector(QType.LONG, new long[keys.length])));
    }

    private static Arbitrary<K> table() {
        return Arbitraries.longs().array(long[].class).ofMaxSize(6).map(a -> new Table(new SymbolVector(new String[] {"a", "b"}),
                new K[] {new LongVector(QType.LONG, a), new FloatVector(QType.FLOAT, new double[a.length])}));
    }

    private static K string(String text) {
        return new ByteVector(QType.CHAR, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Whether the message, should it decode, holds only safe text and symbols. */
    static boolean safe(byte[] message) {
        K value;
        try {
            value = Decoder.decode(message);
        } catch (MalformedMessageException e) {
            return true; // the server closes the connection unread
        } catch (RuntimeException e) {
            return true; // the decoder's own finding: reported by the trial, never evaluated
        }
        return safe(value);
    }

    private static boolean safe(K value) {
        if (value instanceof ByteVector b && b.type() == QType.CHAR) {
            return QTextInputs.safe(new String(b.items(), StandardCharsets.ISO_8859_1));
        }
        if (value instanceof SymbolAtom s) {
            return QTextInputs.safe(s.value());
        }
        if (value instanceof SymbolVector v) {
            return QTextInputs.safe(String.join(" ", v.items()));
        }
        if (value instanceof KList l) {
            for (K item : l.items()) {
                if (!safe(item)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Dict d) {
            return safe(d.keys()) && safe(d.values());
        }
        if (value instanceof Table t) {
            for (K column : t.data()) {
                if (!safe(column)) {
                    return false;
                }
            }
            return safe(t.columns());
        }
        return value.type() >= 0 && value.type() < QType.CHAR || value.type() < 0 && value.type() != -QType.SYMBOL
                || value.type() > QType.SYMBOL && value.type() < 20;
    }
}
