package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** A general list shows one item a line; equal-length simple lists line up as the columns of a matrix. */
class ListDisplayTest {

    @Test
    void itemsOfAGeneralListShowOneALine() {
        assertTranscript("""
            q)(10;20 30)+(2;3 4)
            12
            23 34
            q)neg (0W;-0w;0N)
            -0W
            0w
            0N
            q)(2;3 4)xlog(4;5 6)
            2f
            1.464974 1.292481
            q)(10 5 -1;0N;3 0N)
            10 5 -1
            0N
            3 0N
            q)enlist[til 5;`ibm`goog;"hello"]
            0 1 2 3 4
            `ibm`goog
            "hello"
            """);
    }

    @Test
    void nestedListsShowInOneLineForm() {
        assertTranscript("""
            q)(1;2 3 4;(5 6 7;8)) < (1 2 3;4 5 6;7 8)
            011b
            111b
            (110b;0b)
            q)(12h;13 14h)$(42;42 42)
            2000.01.01D00:00:00.000000042
            (2003.07m;2000.02.12)
            """);
    }

    @Test
    void equalLengthListsLineUpInColumns() {
        assertTranscript("""
            q)(10;20 30)mod(7 13;-12)
            3  10
            -4 -6
            q)(2 3 4;(5; 6 7;8)) within 3 6
            0  1   1
            1b 10b 0b
            q)(0 3 1 1 1 3 0;0 2 0 0 0 2 0) @ 0 1
            0 3 1 1 1 3 0
            0 2 0 0 0 2 0
            q)(0 255i;"AB";0 -1h)
            0 255
            A B
            0 -1
            q)(3;"a")=(2 3 4;"abc")
            010b
            100b
            """);
    }

    @Test
    void aListOfOneVectorIsAOneRowMatrix() {
        assertTranscript("""
            q)enlist 1 2
            1 2
            """);
    }

    @Test
    void listsOfStringsShowOneStringALine() {
        assertTranscript("""
            q)("abcd";"\\"ef\\"")
            "abcd"
            "\\"ef\\""
            q)3 3#"ABC123!@#"
            "ABC"
            "123"
            "!@#"
            q)("bo-b";"!";"")
            "bo-b"
            "!"
            ""
            """);
    }
}
