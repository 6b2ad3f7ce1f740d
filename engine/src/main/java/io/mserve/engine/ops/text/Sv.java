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
import java.io.ByteArrayOutputStream;

/** {@code x sv y}, scalar from vector: join strings, bytes, symbols or a file path; decode bits, bytes or a base. */
public final class Sv {
    private Sv() {}

    public static K sv(K x, K y) {
        if (x instanceof SymbolAtom && ((SymbolAtom) x).value().isEmpty()) {
            if (y instanceof SymbolVector) {
                String[] s = ((SymbolVector) y).items();
                return Q.s(String.join(s.length > 0 && s[0].startsWith(":") ? "/" : ".", s));
            }
            return join(new byte[0], y, QType.CHAR, true);
        }
        if (x.type() == QType.CHAR || x.type() == -QType.CHAR) {
            return join(Patterns.bytes(x), y, QType.CHAR, false);
        }
        if (x.type() == -QType.BYTE && y.type() == QType.BYTE && ((ByteAtom) x).value() == 0) {
            return Bits.fromBytes(((ByteVector) y).items());
        }
        if (x.type() == QType.BYTE || x.type() == -QType.BYTE) {
            byte[] sep = x.type() == QType.BYTE ? ((ByteVector) x).items() : new byte[] {((ByteAtom) x).value()};
            return join(sep, y, QType.BYTE, false);
        }
        if (x.type() == -QType.BOOLEAN && ((ByteAtom) x).value() == 0 && y.type() == QType.BOOLEAN) {
            return Bits.fromBits(((ByteVector) y).items());
        }
        return Radix.decode(x, y);
    }

    // Items of y joined by sep; for lines, each item ends with a newline instead.
    private static K join(byte[] sep, K y, int type, boolean lines) {
        if (!(y instanceof KList)) {
            throw QException.type();
        }
        K[] items = ((KList) y).items();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            K s = items[i];
            if (i > 0 && !lines) {
                out.write(sep, 0, sep.length);
            }
            if (s.type() == type) {
                byte[] b = ((ByteVector) s).items();
                out.write(b, 0, b.length);
            } else if (s.type() == -type) {
                out.write(((ByteAtom) s).value());
            } else {
                throw QException.type();
            }
            if (lines) {
                out.write('\n');
            }
        }
        return new ByteVector(type, out.toByteArray());
    }
}
