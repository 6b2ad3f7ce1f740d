package io.mserve.engine.ops.dict;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** xkey keys a table on named columns, xcols moves columns to the front, xcol renames them; ungroup flattens list columns. */
class KeyingAndRenamingColumnsTest {
    private static final String T = "q)t:([]a:1 2;b:`x`y;c:3 4)\n";

    @Test
    void xkeyKeysOnTheNamedColumnsAndAnEmptyListUnkeys() {
        assertTranscript(T + """
            q)`b xkey t
            b| a c
            -| ---
            x| 1 3
            y| 2 4
            q)() xkey 1!t
            a b c
            -----
            1 x 3
            2 y 4
            """);
    }

    @Test
    void xkeyOfATableNamedKeysItInPlace() {
        assertTranscript("""
            q)trade:([]sym:`a`b;size:100 200)
            q)`sym xkey `trade
            `trade
            q)keys trade
            ,`sym
            """);
    }

    @Test
    void xcolsMovesTheNamedColumnsToTheFront() {
        assertTranscript(T + """
            q)`c`a xcols t
            c a b
            -----
            3 1 x
            4 2 y
            """);
    }

    @Test
    void xcolRenamesLeadingColumnsOrThoseADictionaryNames() {
        assertTranscript(T + """
            q)`x`y xcol t
            x y c
            -----
            1 x 3
            2 y 4
            q)(enlist[`c]!enlist `z) xcol t
            a b z
            -----
            1 x 3
            2 y 4
            q)`k xcol 1!t
            k| b c
            -| ---
            1| x 3
            2| y 4
            """);
    }

    @Test
    void ungroupFlattensTheListColumnsOfATable() {
        assertTranscript("""
            q)ungroup ([]k:`a`b;v:(1 2;enlist 3);s:("xy";enlist "z"))
            k v s
            -----
            a 1 x
            a 2 y
            b 3 z
            q)ungroup 1!([]k:`a`b;v:(1 2;enlist 3))
            k v
            ---
            a 1
            a 2
            b 3
            q)p:((enlist 2);5 7 11;13 17)
            q)r:((enlist"A");"CDE";"FG")
            q)ungroup ([]s:`a`b`c;p;q:10 20 30;r)
            s p  q  r
            ---------
            a 2  10 A
            b 5  20 C
            b 7  20 D
            b 11 20 E
            c 13 30 F
            c 17 30 G
            """);
        assertSignals("ungroup ([]v:enlist 1 2;w:enlist enlist 1)", "length");
    }
}
