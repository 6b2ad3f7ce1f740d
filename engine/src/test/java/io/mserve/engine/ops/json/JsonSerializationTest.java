package io.mserve.engine.ops.json;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** .j.j and .j.jd serialize q values as JSON, .j.k deserializes; malformed JSON is a q error (ref/dotj.md). */
class JsonSerializationTest {

    @Test
    void infinitiesSerializeAsInfOrWithTheNullOptionAsNull() {
        assertTranscript("""
            q).j.j -0w 0 1 2 3 0w
            "[-inf,0,1,2,3,inf]"
            q).j.jd(-0w 0 1 2 3 0w;()!())
            "[-inf,0,1,2,3,inf]"
            q).j.jd(-0w 0 1 2 3 0w;([null0w:1b]))
            "[null,0,1,2,3,null]"
            q).j.jd(-0w 1 0w;([null0w:1b]))
            "[null,1,null]"
            """);
    }

    @Test
    void dictionariesBecomeObjectsWithBooleansAndStrings() {
        assertTranscript("""
            q).j.j `a`b!(1b;"x")
            "{\\"a\\":true,\\"b\\":\\"x\\"}"
            """);
    }

    // A table's records are one a line, as q 4 writes them (doth.md's .h.tx[`json]); dotj.md shows the older one-line form.
    @Test
    void objectsAndArraysDeserializeToDictionariesAndTables() {
        assertTranscript("""
            q).j.k 0N!.j.j `a`b!(0 1;("hello";"world"))
            "{\\"a\\":[0,1],\\"b\\":[\\"hello\\",\\"world\\"]}"
            a| 0       1
            b| "hello" "world"
            q).j.k 0N!.j.j ([]a:1 2;b:`Greetings`Earthlings)
            "[{\\"a\\":1,\\"b\\":\\"Greetings\\"},\\n {\\"a\\":2,\\"b\\":\\"Earthlings\\"}]"
            a b
            --------------
            1 "Greetings"
            2 "Earthlings"
            q).j.k "{\\"a\\":[1,2]}"
            a| 1 2
            q)count .j.k .j.j ([]a:1 2;b:`x`y)
            2
            """);
    }

    @Test
    void malformedOrTruncatedJsonIsAJsonError() {
        assertSignals(".j.k \"[1,\"", "json");
        assertSignals(".j.k \"{\\\"a\\\":\"", "json");
        assertSignals(".j.k \"\\\\\"", "json");
    }

    @Test
    void largeArraysRoundTrip() {
        assertTranscript("""
            q)count .j.k .j.j til 100000
            100000
            """);
    }
}
