package io.mserve.engine.ops.json;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code .j.j .j.jd .j.k} as ref/dotj.md, ref/doth.md and kb/websockets.md show them. */
class JsonRulesTest {
    @Test
    void infinitiesAreInfUnlessNull0wAsksForNull() {
        assertPrints(".j.j -0w 0 1 2 3 0w", "\"[-inf,0,1,2,3,inf]\"");
        assertPrints(".j.jd(-0w 0 1 2 3 0w;()!())", "\"[-inf,0,1,2,3,inf]\"");
        assertPrints(".j.jd(-0w 0 1 2 3 0w;([null0w:1b]))", "\"[null,0,1,2,3,null]\"");
        assertSignals(".j.jd 1 2 3", "length");
    }

    @Test
    void booleansNumbersAndNulls() {
        assertPrints("-1 .j.j (1b;0b;42;1.5;0N;0n;0Ni;::);", "[true,false,42,1.5,null,null,null,null]");
        assertPrints("-1 .j.j 101b;", "[true,false,true]");
    }

    @Test
    void symbolsStringsBytesAndGuidsAreStrings() {
        assertPrints("-1 .j.j (`a;`;\"x\";\"ab\";0x01ff);", "[\"a\",\"\",\"x\",\"ab\",[\"01\",\"ff\"]]");
        assertPrints("-1 .j.j \"a\\\"b\\\\c\\n\";", "\"a\\\"b\\\\c\\n\"");
        assertPrints("-1 .j.j \"G\"$\"8c680a01-5a49-5aab-5a65-d4bfddb6a661\";", "\"8c680a01-5a49-5aab-5a65-d4bfddb6a661\"");
    }

    @Test
    void temporalsAreIso8601StringsAndTheirNullsEmpty() {
        assertPrints("-1 .j.j (2014.05.08;2014.05.08T16:45:16.025;2014.05m;2014.05.08D01:02:03.123456789);",
                "[\"2014-05-08\",\"2014-05-08T16:45:16.025\",\"2014-05\",\"2014-05-08T01:02:03.123456789\"]");
        assertPrints("-1 .j.j (12:00:00.000;12:00;12:00:01;0D01:02:03.000000000);",
                "[\"12:00:00.000\",\"12:00\",\"12:00:01\",\"0D01:02:03.000000000\"]");
        assertPrints("-1 .j.j (0Nd;0Nz;0Np;0Nt);", "[\"\",\"\",\"\",\"\"]");
    }

    @Test
    void dictionariesAreObjectsAndTablesArraysOfObjectsOnePerLine() {
        assertPrints(".j.j `a`b!(0 1;(\"hello\";\"world\"))", "\"{\\\"a\\\":[0,1],\\\"b\\\":[\\\"hello\\\",\\\"world\\\"]}\"");
        assertTranscript("""
                q)-1 .j.j ([]a:1 2;b:`Greetings`Earthlings);
                [{"a":1,"b":"Greetings"},
                 {"a":2,"b":"Earthlings"}]
                q)-1 .j.j ([]x:enlist 0);
                [{"x":0}]
                q)-1 .j.j 0#([]x:0#0);
                []
                """);
        assertSignals(".j.j ([k:1 2]a:3 4)", "type");
        assertSignals(".j.j {x}", "type");
    }

    @Test
    void jsonBecomesFloatsStringsBooleansDictionariesAndTables() {
        assertTranscript("""
                q).j.k "{\\"code\\":3,\\"message\\":\\"This request requires authorization\\"}"
                code   | 3f
                message| "This request requires authorization"
                q).j.k "[true,false,null]"
                1b
                0b
                0n
                q)type .j.k "[1,2]"
                9h
                q).j.k .j.j ([]a:1 2;b:`x`y)
                a b
                ------
                1 ,"x"
                2 ,"y"
                """);
    }

    @Test
    void malformedTruncatedAndOversizedJsonSignals() {
        assertSignals(".j.k \"[1,\"", "json");
        assertSignals(".j.k \"{\\\"a\\\"\"", "json");
        assertSignals(".j.k \"\"", "json");
        assertPrints("count .j.k .j.j til 100000", "100000");
    }
}
