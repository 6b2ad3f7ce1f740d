package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** -3! gives the one-line form of a value, the text q would read back as that value. */
class OneLineFormTest {

    @Test
    void vectorsAndGeneralListsInOneLineForm() {
        assertTranscript("""
            q)-3!(1;`a)
            "(1;`a)"
            q)-3!(1;(2 3;`a))
            "(1;(2 3;`a))"
            q)-3!enlist 1
            ",1"
            q)-3!"abc"
            "\\"abc\\""
            q)-3!enlist "a"
            ",\\"a\\""
            q)-3!`s#1 2 3
            "`s#1 2 3"
            q)-3!0#0
            "`long$()"
            q)-3!()
            "()"
            """);
    }

    @Test
    void dictionariesAndTablesInOneLineForm() {
        assertTranscript("""
            q)-3!`a`b!1 2
            "`a`b!1 2"
            q)-3!(enlist `a)!enlist 1
            "(,`a)!,1"
            q)-3!([]a:1 2;b:3 4)
            "+`a`b!(1 2;3 4)"
            q)-3!([]a:1 2)
            "+(,`a)!,1 2"
            """);
    }

    @Test
    void aPivotedKeyedTableInOneLineForm() {
        assertTranscript("""
            q)t:([]k:1 2 3 2 3;p:`xx`yy`zz`xx`yy;v:10 20 30 40 50)
            q)P:asc exec distinct p from t
            q)-3!exec P#(p!v) by k:k from t
            "(+(,`k)!,1 2 3)!+`s#`xx`yy`zz!(10 40 0N;0N 20 50;0N 0N 30)"
            """);
    }

    @Test
    void anEnumerationShowsItsDomain() {
        assertTranscript("""
            q)sym:`a`b
            q)-3!(1;`sym$`a`b)
            "(1;`sym$`a`b)"
            """);
    }
}
