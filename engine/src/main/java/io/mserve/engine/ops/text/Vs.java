package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code x vs y}, vector from scalar: partition a string, symbol or bytes; encode a number in bits, bytes or a base. */
public final class Vs {
    private Vs() {}

    public static K vs(K x, K y) {
        if (x instanceof SymbolAtom && ((SymbolAtom) x).value().isEmpty()) {
            if (y instanceof SymbolAtom) {
                return symbol(((SymbolAtom) y).value());
            }
            if (y.type() == QType.CHAR || y.type() == QType.BYTE) {
                return lines(((ByteVector) y).items());
            }
            throw QException.type();
        }
        if ((x.type() == QType.CHAR || x.type() == -QType.CHAR) && (y.type() == QType.CHAR || y.type() == QType.BYTE)) {
            return cut(Patterns.bytes(x), ((ByteVector) y).items(), QType.CHAR);
        }
        if (x.type() == -QType.BYTE && ((ByteAtom) x).value() == 0 && y.type() != QType.BYTE) {
            return Bits.bytes(y);
        }
        if ((x.type() == QType.BYTE || x.type() == -QType.BYTE) && y.type() == QType.BYTE) {
            byte[] sep = x.type() == QType.BYTE ? ((ByteVector) x).items() : new byte[] {((ByteAtom) x).value()};
            return cut(sep, ((ByteVector) y).items(), QType.BYTE);
        }
        if (x.type() == -QType.BOOLEAN && ((ByteAtom) x).value() == 0) {
            return Bits.bits(y);
        }
        return Radix.encode(x, y);
    }

    private static K symbol(String s) {
        if (s.startsWith(":")) {
            int slash = s.lastIndexOf('/');
            return slash < 0 ? Q.syms("", s) : Q.syms(s.substring(0, slash), s.substring(slash + 1));
        }
        String[] parts = s.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Symbols.intern(parts[i]);
        }
        return new SymbolVector(parts);
    }

    // Lines end at \n or \r\n; a last line break ends the last line rather than starting an empty one.
    private static K lines(byte[] s) {
        List<K> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\n') {
                int end = i > start && s[i - 1] == '\r' ? i - 1 : i;
                out.add(new ByteVector(QType.CHAR, Arrays.copyOfRange(s, start, end)));
                start = i + 1;
            }
        }
        if (start < s.length) {
            out.add(new ByteVector(QType.CHAR, Arrays.copyOfRange(s, start, s.length)));
        }
        return new KList(out.toArray(new K[0]));
    }

    private static K cut(byte[] sep, byte[] s, int type) {
        if (sep.length == 0) {
            throw QException.length();
        }
        List<K> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i + sep.length <= s.length) {
            if (Arrays.equals(s, i, i + sep.length, sep, 0, sep.length)) {
                out.add(new ByteVector(type, Arrays.copyOfRange(s, start, i)));
                i += sep.length;
                start = i;
            } else {
                i++;
            }
        }
        out.add(new ByteVector(type, Arrays.copyOfRange(s, start, s.length)));
        return new KList(out.toArray(new K[0]));
    }
}
