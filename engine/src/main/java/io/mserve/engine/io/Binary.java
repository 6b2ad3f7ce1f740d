package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.FileCompression;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 1:}: {@code `:f 1: bytes} writes bytes, {@code (`:f;lbs;alg;lvl) 1: bytes} compressed
 * (ref/file-binary.md); {@code (types;widths) 1: data} reads fixed-width binary records.
 */
public final class Binary {
    private Binary() {}

    public static K apply(K x, K y) {
        if (Handles.isFile(x)) {
            Handles.write(Handles.path(x), bytes(y));
            return x;
        }
        if (x instanceof KList && x.count() == 4 && Handles.isFile(Lists.at(x, 0))) {
            K file = Lists.at(x, 0);
            FileCompression zip = FileCompression.of(new KList(new K[] {Lists.at(x, 1), Lists.at(x, 2), Lists.at(x, 3)}));
            Path p = Handles.path(file);
            Handles.write(p, zip.store(p.getFileName().toString(), bytes(y)));
            return file;
        }
        if (!(x instanceof KList) || x.count() != 2) {
            throw QException.type();
        }
        K[] spec = ((KList) x).items();
        boolean little = spec[0].type() == QType.CHAR || spec[0].type() == -QType.CHAR;
        K typesK = little ? spec[0] : spec[1];
        if (typesK.type() != QType.CHAR && typesK.type() != -QType.CHAR) {
            throw QException.type();
        }
        String types = Q.text(typesK);
        long[] widths = FileIO.widths(little ? spec[1] : spec[0]);
        if (widths.length != types.length()) {
            throw QException.length();
        }
        byte[] data = y instanceof ByteVector ? ((ByteVector) y).items() : FileIO.bytes(y);
        long record = 0;
        for (long w : widths) {
            record += w;
        }
        if (record <= 0) {
            throw QException.domain();
        }
        int rows = (int) (data.length / record);
        ByteBuffer in = ByteBuffer.wrap(data).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        List<K> cols = new ArrayList<>();
        long offset = 0;
        for (int c = 0; c < widths.length; c++) {
            char t = types.charAt(c);
            if (t != ' ') {
                cols.add(column(t, (int) widths[c], in, (int) offset, (int) record, rows));
            }
            offset += widths[c];
        }
        return new KList(cols.toArray(new K[0]));
    }

    private static byte[] bytes(K y) {
        if (y.type() != QType.BYTE && y.type() != QType.CHAR && y.type() != QType.BOOLEAN) {
            throw QException.type();
        }
        return ((ByteVector) y).items();
    }

    private static K column(char letter, int width, ByteBuffer in, int offset, int record, int rows) {
        int t = switch (letter) {
            case 'b' -> QType.BOOLEAN;
            case 'x' -> QType.BYTE;
            case 'c' -> QType.CHAR;
            case 'h' -> QType.SHORT;
            case 'i' -> QType.INT;
            case 'j' -> QType.LONG;
            case 'e' -> QType.REAL;
            case 'f' -> QType.FLOAT;
            case 'p' -> QType.TIMESTAMP;
            case 'm' -> QType.MONTH;
            case 'd' -> QType.DATE;
            case 'z' -> QType.DATETIME;
            case 'n' -> QType.TIMESPAN;
            case 'u' -> QType.MINUTE;
            case 'v' -> QType.SECOND;
            case 't' -> QType.TIME;
            default -> throw QException.nyi();
        };
        if (VectorBytes.width(t) != width) {
            throw QException.length();
        }
        ByteBuffer out = ByteBuffer.allocate(rows * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < rows; r++) {
            int at = r * record + offset;
            switch (width) {
                case 1 -> out.put(in.get(at));
                case 2 -> out.putShort(in.getShort(at));
                case 4 -> out.putInt(in.getInt(at));
                default -> out.putLong(in.getLong(at));
            }
        }
        return VectorBytes.get(t, out.array(), 0, rows, 0);
    }
}
