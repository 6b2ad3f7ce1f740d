package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code .Q.id} (ref/dotq.md): names made valid, keywords and repeats renamed in tables and dictionaries. */
class IdentifiersTest {
    @Test
    void aSymbolKeepsLettersDigitsAndUnderscoreAndStartsWithALetter() {
        assertPrints(".Q.id each `$(\"ab\";\"a/b\";\"two words\";\"2drifters\";\"2+2\")", "`ab`ab`twowords`a2drifters`a22");
        assertPrints(".Q.id`$\"+\"", "`a");
        assertPrints(".Q.id`$\"_\"", "`a_");
        assertPrints(".Q.id`$\"caf\\351\"", "`caf");
        assertPrints(".Q.id`count", "`count");
    }

    @Test
    void columnNamesThatAreKeywordsOrRepeatsAreRenamed() {
        assertPrints("cols .Q.id(`$(\"count+\";\"count*\";\"count1\"))xcol([]1 2;3 4;5 6)", "`count1`count11`count12");
        assertPrints("cols .Q.id(`$(\"aa\";\"=\";\"+\"))xcol([]1 2;3 4;5 6)", "`aa`a`a1");
        assertPrints("cols .Q.id(`$(\"3aa\";\"_aa\";\"_aa\"))xcol([]1 2;3 4;5 6)", "`a3aa`a_aa`a_aa1");
        assertTranscript("""
                q).Q.id flip(`$("a";"a/b"))!(();())
                a ab
                ----
                q).Q.id flip`in`within`like!(1 2;3 4;5 6)
                in1 within1 like1
                -----------------
                1   3       5
                2   4       6
                """);
    }

    @Test
    void dictionaryKeysAndKeyedTableColumnsToo() {
        assertPrints("key .Q.id (5#.Q.res)!til 5", "`abs1`acos1`asin1`atan1`avg1");
        assertPrints("cols .Q.id (flip(enlist`$\"a b\")!enlist 1 2)!flip(`$(\"a-b\";\"sum\"))!(3 4;5 6)", "`ab`ab1`sum1");
        assertSignals(".Q.id 1 2", "type");
        assertSignals(".Q.id 1 2!3 4", "type");
    }
}
