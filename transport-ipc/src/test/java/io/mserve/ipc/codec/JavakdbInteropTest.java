package io.mserve.ipc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Our codec against KX's javakdb 2.0 in both directions, and against the byte layouts kdb+ documents. */
class JavakdbInteropTest {
    private static final HexFormat HEX = HexFormat.of();

    @TestFactory
    Stream<DynamicTest> javakdbReadsOurBytesAndWeReadItsBytesBack() {
        return Samples.javakdbSafe().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] ours = Encoder.encode(MessageType.RESPONSE, e.getValue());
            Object java = new c().deserialize(ours);
            byte[] theirs = new c().serialize(MessageType.RESPONSE, java, false);
            assertThat(theirs[0]).as("javakdb 2.0 writes big endian").isZero();
            assertThat(Decoder.decode(theirs)).isEqualTo(e.getValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> ourBytesEqualJavakdbsOnceItsByteOrderIsSwapped() {
        // The same value written by both must have the same length: a cheap check that no field is missing.
        return Samples.javakdbSafe().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] ours = Encoder.encode(MessageType.RESPONSE, e.getValue());
            Object java = new c().deserialize(ours);
            assertThat(new c().serialize(MessageType.RESPONSE, java, false)).hasSize(ours.length);
        }));
    }

    @Test
    void javakdbSeesTheValuesWeMeant() throws Exception {
        Map<String, K> s = Samples.javakdbSafe();
        assertThat(deserialize(s.get("timestamp"))).isEqualTo(Instant.parse("2025-11-01T03:40:00.123456789Z"));
        assertThat(deserialize(s.get("date"))).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(deserialize(s.get("time"))).isEqualTo(LocalTime.of(12, 34, 56, 789_000_000));
        assertThat(deserialize(s.get("guid"))).isEqualTo(Samples.GUID);
        assertThat(deserialize(s.get("string"))).isEqualTo("select from trade".toCharArray());
        assertThat(deserialize(s.get("symbols"))).isEqualTo(new String[] {"IBM", "", "MSFT"});
        c.Flip table = (c.Flip) deserialize(s.get("table"));
        assertThat(table.x).containsExactly("sym", "price", "size");
        assertThat((long[]) table.y[2]).containsExactly(0, 7919, 15838);
    }

    @Test
    void javakdbRaisesOurErrorsWithTheirText() {
        byte[] ours = Encoder.encode(MessageType.RESPONSE, new KError("type"));
        assertThat(HEX.formatHex(ours)).isEqualTo("010200000e000000807479706500");
        assertThatThrownBy(() -> new c().deserialize(ours)).isInstanceOf(c.KException.class).hasMessage("type");
    }

    @Test
    void weDecodeJavakdbsRequests() throws Exception {
        byte[] query = new c().serialize(MessageType.SYNC, "1+1".toCharArray(), false);
        assertThat(HEX.formatHex(query)).isEqualTo("00010000000000110a0000000003312b31");
        assertThat(Decoder.decode(query)).isEqualTo(Samples.string("1+1"));
        byte[] call = new c().serialize(MessageType.ASYNC, new Object[] {"f".toCharArray(), 1L, new String[] {"a"}}, false);
        assertThat(Decoder.decode(call)).isEqualTo(new KList(Samples.string("f"), new LongAtom(-QType.LONG, 1),
                new SymbolVector(new String[] {"a"})));
    }

    @Test
    void documentedLayoutsDecodeAndEncodeByteForByte() {
        // From kdb+'s serialization docs: `a`b!2 3i, -8!1i and {x+y}.
        String dict = "010000002100000063" + "0b0002000000610062000600020000000200000003000000";
        K value = new Dict(new SymbolVector(new String[] {"a", "b"}), new IntVector(QType.INT, new int[] {2, 3}));
        assertThat(Decoder.decode(HEX.parseHex(dict))).isEqualTo(value);
        assertThat(HEX.formatHex(Encoder.encode(0, value))).isEqualTo(dict);
        assertThat(HEX.formatHex(Encoder.encode(0, new io.mserve.ipc.value.IntAtom(-QType.INT, 1))))
                .isEqualTo("010000000d000000fa01000000");
        String lambda = "0100000015000000" + "64000a00050000007b782b797d";
        assertThat(Decoder.decode(HEX.parseHex(lambda))).isEqualTo(new Lambda("", "{x+y}"));
        assertThat(HEX.formatHex(Encoder.encode(0, new Lambda("", "{x+y}")))).isEqualTo(lambda);
    }

    @Test
    void nullFloatsAreKdbsBitsAndAnyNaNKeepsItsOwn() throws Exception {
        // appendix B: 0n is f7 000000000000f87f, 0Ne f8 0000c07f; javakdb writes Java's NaN, the same bits, big endian
        assertThat(HEX.formatHex(Encoder.encode(0, new FloatAtom(-QType.FLOAT, QNull.FLOAT)), 8, 17)).isEqualTo("f7000000000000f87f");
        assertThat(HEX.formatHex(Encoder.encode(0, new RealAtom(QNull.REAL)), 8, 13)).isEqualTo("f80000c07f");
        assertThat(HEX.formatHex(new c().serialize(0, Double.NaN, false), 8, 17)).isEqualTo("f77ff8000000000000");
        byte[] payload = HEX.parseHex("0100000011000000f70100000000f0ff7f");
        K read = Decoder.decode(payload);
        assertThat(Double.doubleToRawLongBits(((FloatAtom) read).value())).isEqualTo(0x7ffff00000000001L);
        assertThat(Encoder.encode(0, read)).isEqualTo(payload);
        byte[] negative = HEX.parseHex("0100000016000000090001000000000000000000f8ff");
        assertThat(Encoder.encode(0, Decoder.decode(negative))).isEqualTo(negative);
    }

    @Test
    void sortedDictionariesAndAttributesSurviveOurRoundTrip() {
        // javakdb 2.0 cannot parse type 127 or keep attributes, so these are checked against our own decoder.
        K sortedDict = new Dict(Samples.sorted(new SymbolVector(new String[] {"a", "b"})),
                new IntVector(QType.INT, new int[] {2, 3}), true);
        byte[] bytes = Encoder.encode(0, sortedDict);
        assertThat(HEX.formatHex(bytes, 8, 11)).isEqualTo("7f0b01");
        assertThat(Decoder.decode(bytes)).isEqualTo(sortedDict);
        Table t = Samples.trade(4);
        Table sortedTable = new Table(t.columns(), t.data(), io.mserve.ipc.value.Attribute.SORTED);
        assertThat(Decoder.decode(Encoder.encode(2, sortedTable))).isEqualTo(sortedTable);
        K grouped = ((ByteVector) Samples.string("abc")).withAttribute(io.mserve.ipc.value.Attribute.GROUPED);
        assertThat(Decoder.decode(Encoder.encode(2, grouped))).isEqualTo(grouped);
    }

    @Test
    void functionsTravelAsTheirParts() {
        K projection = new io.mserve.ipc.value.FunctionList(QType.PROJECTION,
                new K[] {new Lambda("d", "{x+y}"), new LongAtom(-QType.LONG, 1), io.mserve.ipc.value.Primitive.IDENTITY});
        K each = new io.mserve.ipc.value.Derived(QType.EACH, new io.mserve.ipc.value.Primitive(QType.OPERATOR, 1));
        for (K f : new K[] {projection, each, io.mserve.ipc.value.Primitive.IDENTITY}) {
            assertThat(Decoder.decode(Encoder.encode(2, f))).isEqualTo(f);
        }
        assertThat(HEX.formatHex(Encoder.encode(2, io.mserve.ipc.value.Primitive.IDENTITY), 8, 10)).isEqualTo("6500");
    }

    private static Object deserialize(K value) throws Exception {
        return new c().deserialize(Encoder.encode(MessageType.RESPONSE, value));
    }
}
