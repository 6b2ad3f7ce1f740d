package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x like y matches a symbol or string against a pattern of ? * [..] [^..] (ref/like.md, basics/regex.md). */
class LikeTest {

    @Test
    void questionMarkMatchesOneCharacterAndStarAnyRun() {
        assertTranscript("""
            q)`quick like "qu?ck"
            1b
            q)`quickly like "quick*"
            1b
            q)"brown" like "br*wn"
            1b
            q)"broom of your own" like "br*wn"
            1b
            q)"brwn" like "br*wn"
            1b
            q)"brown" like "br?*wn"
            1b
            q)"" like "*"
            1b
            q)"" like "?"
            0b
            """);
    }

    @Test
    void withoutPatternCharactersLikeIsEquality() {
        assertTranscript("""
            q)`quick like "quick"
            1b
            q)`quick like "quickish"
            0b
            q)(enlist "a") like "a"
            1b
            """);
    }

    @Test
    void bracketsMatchOneOfTheirCharactersOrRangesAndCaretNegates() {
        assertTranscript("""
            q)`brown like "br[ao]wn"
            1b
            q)"brown" like "[bf]rown"
            1b
            q)"brown" like "[^cf]rown"
            1b
            q)"brAwn" like "br[A-Z]wn"
            1b
            q)"br0wn" like "br[0-3]wn"
            1b
            q)"br0wn" like "br[3-6]wn"
            0b
            q)"br0wn" like "br[^3-6]wn"
            1b
            """);
    }

    @Test
    void patternCharactersInBracketsAreLiteral() {
        assertTranscript("""
            q)"brown" like "br[?*]wn"
            0b
            q)"br*wn" like "br[*]wn"
            1b
            q)"br?wn" like "br[?]wn"
            1b
            q)"br^wn" like "br[&^]wn"
            1b
            q)"br]wn" like "[bf]r[]]wn"
            1b
            q)"a[c" like "a[[]c"
            1b
            q)(`$("ab^c";"abcc"))like"ab[*^]c"
            10b
            """);
    }

    @Test
    void likeAppliesToListsOfStringsOrSymbolsAndToDictionaryValues() {
        assertTranscript("""
            q)`brawn`brown like "br[^o]wn"
            10b
            q)`quick`quack`quark like "qu?ck"
            110b
            q)("brown";"drown";"frown";"grown") like "?rown"
            1111b
            q)("roam";"rome") like "ro[^ab]?"
            01b
            q)(`a`b`c!`quick`brown`fox)like "brown"
            a| 0
            b| 1
            c| 0
            """);
    }

    @Test
    void theTelephoneBookExample() {
        assertTranscript("""
            q)tb:("Smith John 101 N Broadway Elmsville 123-4567";"Smyth Barbara 27 Maple Ave Elmstwn 321-7654";"Smythe Ken 321-a Maple Avenue Elmstown 123-9999";"Smothers 11 Jordan Road Oakwood 123-2357";"Smith-Hawkins K Maple St Elmwood 321-832e")
            q)tb like "Sm[iy]th*"
            11101b
            q)tb like "*321-*"
            01101b
            q)tb like "*321-[0-9]*"
            01001b
            q)tb like "*321-????"
            01001b
            q)tb like "*[^0-9]"
            00001b
            """);
    }

    @Test
    void patternsTooDifficultToMatchAreNotYetImplemented() {
        assertTranscript("""
            q)s:"Now is the time for all good men to come to the aid of the party."
            q)s like "*the*"
            1b
            """);
        assertSignals("\"the the\" like \"*the*the*\"", "nyi");
        assertSignals("\"the the\" like \"*the*the\"", "nyi");
    }

    @Test
    void likeNeedsSymbolsOrStringsAndAStringPattern() {
        assertSignals("(`quick;`quack`quark) like \"qu?ck\"", "type");
        assertSignals("1 like \"1\"", "type");
        assertSignals("`a like `a", "type");
    }

    @Test
    void aSymbolListMatchesEachItemEvenWhenSymbolsRepeatOrShareAHash() {
        assertTranscript("""
            q)`a`b`a`c`ab`a like "a*"
            101011b
            q)`Aa`BB`Aa`BB`BB like "A*"
            10100b
            """);
    }
}
