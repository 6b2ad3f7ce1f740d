package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The Case iterator {@code int'[a;b;..]}, docs/ref/maps.md "Case". */
class CaseTest {

    @Test
    void caseTakesItemIFromTheArgumentIntINames() {
        assertPrints("0 1 0'[\"abc\";\"xyz\"]", "\"ayc\"");
        assertTranscript("""
            q)e:`one`two`three`four`five
            q)f:`un`deux`trois`quatre`cinq
            q)g:`eins`zwei`drei`vier`funf
            q)l:`English`French`German
            q)(l?`German`English`French`French`German)'[e;f;g]
            `eins`two`trois`quatre`funf
            """);
    }

    @Test
    void extraArgumentsAreNoRankErrorAndAtomsRepeat() {
        assertPrints("0 2 0'[\"abc\";\"xyz\";\"123\";\"789\"]", "\"a2c\"");
        assertPrints("0 1 0'[\"a\";\"xyz\"]", "\"aya\"");
    }

    @Test
    void fewerArgumentsThanTheRankProject() {
        assertPrints("0 2 0'[\"abc\";\"xyz\"][\"123\"]", "\"a2c\"");
    }

    @Test
    void dictionaryArgumentsNeedTheSameLengthAndKeys() {
        assertPrints("0 2 0'[`a`b`c!\"abc\";\"xyz\";\"123\";`a`b`c!\"789\"]", "\"a2c\"");
        assertSignals("0 2 0'[`a`b`c!\"abc\";\"xyz\";\"123\";`a`b!\"78\"]", "length");
        assertSignals("0 2 0'[`a`b`c!\"abc\";\"xyz\";\"123\";`b`a`c!\"789\"]", "domain");
    }

    @Test
    void caseSelectsBetweenRecordFields() {
        assertTranscript("""
            q)p:`home`office`office
            q)h:("h1";"h2";"h3")
            q)o:("o1";"o2";"o3")
            q)(`home`office?p)'[h;o]
            "h1"
            "o2"
            "o3"
            """);
    }
}
