package io.mserve.ipc.codec;

import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

/** Values of every type that travels, named for test reports. */
final class Samples {
    private Samples() {}

    static final UUID GUID = UUID.fromString("8c680a01-5a49-5aab-5a65-d4bfddb6a661");

    /** Values javakdb 2.0 can represent without loss (no attributes, no functions, no sorted dicts). */
    static Map<String, K> javakdbSafe() {
        Map<String, K> m = new LinkedHashMap<>();
        m.put("boolean", new ByteAtom(-QType.BOOLEAN, (byte) 1));
        m.put("guid", new GuidAtom(GUID));
        m.put("guid null", new GuidAtom(new UUID(0, 0)));
        m.put("byte", new ByteAtom(-QType.BYTE, (byte) 0xA5));
        m.put("short", new ShortAtom((short) -7));
        m.put("short null", new ShortAtom(QNull.SHORT));
        m.put("int", new IntAtom(-QType.INT, 123456));
        m.put("int null", new IntAtom(-QType.INT, QNull.INT));
        m.put("int infinity", new IntAtom(-QType.INT, QNull.INT_INF));
        m.put("int -infinity", new IntAtom(-QType.INT, -QNull.INT_INF));
        m.put("long", new LongAtom(-QType.LONG, 1L << 40));
        m.put("long null", new LongAtom(-QType.LONG, QNull.LONG));
        m.put("long infinity", new LongAtom(-QType.LONG, QNull.LONG_INF));
        m.put("real", new RealAtom(1.5f));
        m.put("real infinity", new RealAtom(Float.POSITIVE_INFINITY));
        m.put("float", new FloatAtom(-QType.FLOAT, Math.PI));
        m.put("float null", new FloatAtom(-QType.FLOAT, QNull.FLOAT));
        m.put("float -infinity", new FloatAtom(-QType.FLOAT, Double.NEGATIVE_INFINITY));
        m.put("char", new ByteAtom(-QType.CHAR, (byte) 'q'));
        m.put("symbol", new SymbolAtom("trade"));
        m.put("empty symbol", new SymbolAtom(""));
        m.put("timestamp", new LongAtom(-QType.TIMESTAMP, 815_283_600_123_456_789L));
        m.put("timestamp before 2000", new LongAtom(-QType.TIMESTAMP, -1_000_000_001L));
        m.put("timestamp null", new LongAtom(-QType.TIMESTAMP, QNull.LONG));
        m.put("month", new IntAtom(-QType.MONTH, 311));
        m.put("date", new IntAtom(-QType.DATE, 9_435));
        m.put("date null", new IntAtom(-QType.DATE, QNull.INT));
        m.put("datetime", new FloatAtom(-QType.DATETIME, 9_435.5));
        m.put("timespan", new LongAtom(-QType.TIMESPAN, 45_296_789_000_001L));
        m.put("minute", new IntAtom(-QType.MINUTE, 754));
        m.put("second", new IntAtom(-QType.SECOND, 45_296));
        m.put("time", new IntAtom(-QType.TIME, 45_296_789));
        m.put("booleans", new ByteVector(QType.BOOLEAN, new byte[] {1, 0, 1}));
        m.put("guids", new GuidVector(new UUID[] {GUID, new UUID(0, 0)}));
        m.put("bytes", new ByteVector(QType.BYTE, new byte[] {0, -1, 127}));
        m.put("shorts", new ShortVector(new short[] {1, QNull.SHORT, QNull.SHORT_INF}));
        m.put("ints", new IntVector(QType.INT, new int[] {1, QNull.INT, -QNull.INT_INF}));
        m.put("longs", new LongVector(QType.LONG, new long[] {1, QNull.LONG, QNull.LONG_INF}));
        m.put("empty longs", new LongVector(QType.LONG, new long[0]));
        m.put("reals", new RealVector(new float[] {1.25f, Float.NEGATIVE_INFINITY}));
        m.put("floats", new FloatVector(QType.FLOAT, new double[] {0.1, QNull.FLOAT, Double.POSITIVE_INFINITY}));
        m.put("string", string("select from trade"));
        m.put("empty string", string(""));
        m.put("symbols", new SymbolVector(new String[] {"IBM", "", "MSFT"}));
        m.put("timestamps", new LongVector(QType.TIMESTAMP, new long[] {0, 815_283_600_123_456_789L}));
        m.put("months", new IntVector(QType.MONTH, new int[] {0, -1, 311}));
        m.put("dates", new IntVector(QType.DATE, new int[] {0, -10_957, 9_435}));
        m.put("datetimes", new FloatVector(QType.DATETIME, new double[] {0.25, -1.5}));
        m.put("timespans", new LongVector(QType.TIMESPAN, new long[] {1, -86_400_000_000_000L}));
        m.put("minutes", new IntVector(QType.MINUTE, new int[] {0, 1439}));
        m.put("seconds", new IntVector(QType.SECOND, new int[] {0, 86_399}));
        m.put("times", new IntVector(QType.TIME, new int[] {0, 86_399_999}));
        m.put("general list", new KList(new LongAtom(-QType.LONG, 1), string("two"), new SymbolAtom("three")));
        m.put("nested list", new KList(new KList(new IntVector(QType.INT, new int[] {1, 2})), new KList()));
        m.put("empty list", new KList());
        m.put("dict", new Dict(new SymbolVector(new String[] {"a", "b"}), new IntVector(QType.INT, new int[] {2, 3})));
        m.put("table", trade(3));
        m.put("keyed table", new Dict(
                new Table(new SymbolVector(new String[] {"sym"}), new K[] {new SymbolVector(new String[] {"a", "b"})}),
                new Table(new SymbolVector(new String[] {"px"}), new K[] {new FloatVector(QType.FLOAT, new double[] {1, 2})})));
        return m;
    }

    /** Functions as kdb+ lays them out: a lambda, primitives, a projection with a hole, a composition, derived functions. */
    static K[] functions() {
        K plus = new Primitive(QType.OPERATOR, 1);
        K lambda = new Lambda("d", "{x+y+z}");
        K hole = new Primitive(QType.UNARY_PRIMITIVE, 0xff);
        return new K[] {
            lambda,
            new Primitive(QType.UNARY_PRIMITIVE, 0x0f),
            new FunctionList(QType.PROJECTION, new K[] {lambda, new LongAtom(-QType.LONG, 1), hole, string("ab")}),
            new FunctionList(QType.COMPOSITION, new K[] {new Primitive(QType.UNARY_PRIMITIVE, 2), plus}),
            new Derived(QType.SCAN, new Derived(QType.OVER, plus)),
            new KList(new K[] {new Derived(QType.EACH, lambda), Primitive.IDENTITY, plus}),
        };
    }

    static ByteVector string(String s) {
        return new ByteVector(QType.CHAR, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Table trade(int rows) {
        String[] syms = new String[rows];
        double[] price = new double[rows];
        long[] size = new long[rows];
        for (int i = 0; i < rows; i++) {
            syms[i] = new String[] {"IBM", "MSFT", "AAPL", "GOOG"}[i % 4];
            price[i] = 100 + (i % 97) * 0.25;
            size[i] = (i * 7919L) % 100_000;
        }
        return new Table(new SymbolVector(new String[] {"sym", "price", "size"}),
                new K[] {new SymbolVector(syms), new FloatVector(QType.FLOAT, price), new LongVector(QType.LONG, size)});
    }

    static LongVector til(int n) {
        return new LongVector(QType.LONG, LongStream.range(0, n).toArray());
    }

    static K sorted(K vector) {
        return ((io.mserve.ipc.value.KVector) vector).withAttribute(Attribute.SORTED);
    }
}
