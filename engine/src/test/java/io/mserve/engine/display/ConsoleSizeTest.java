package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** \c rows columns bounds what the console shows: lines are cut with .. and so are rows past the screen. */
class ConsoleSizeTest {
    // The first 77 characters of "0 1 2 ...", then the .. that marks the cut: a line of 79 on an 80-column console.
    private static final String CUT = IntStream.range(0, 40).mapToObj(Integer::toString)
            .collect(Collectors.joining(" ")).substring(0, 77) + "..";

    @Test
    void aLongLineIsCutAtTheConsoleWidth() {
        assertPrints("til 5000000", CUT);
        assertPrints("(til 5000000;til 5000000)", CUT + "\n" + CUT);
        assertPrints("`a`b!(til 5000000;til 5000000)", ("a| " + CUT.substring(0, 74) + "..") + "\n" + ("b| " + CUT.substring(0, 74) + ".."));
    }

    @Test
    void aLongTableShowsTheRowsThatFitThenDots() {
        StringJoiner expected = new StringJoiner("\n").add("a  b").add("-----");
        for (int i = 0; i < 20; i++) {
            expected.add(String.format("%-2d %d", i, i));
        }
        assertPrints("([]a:til 5000000;b:til 5000000)", expected.add("..").toString());
    }

    @Test
    void columnsOfAListAreCutAtTheWidth() {
        assertTranscript("""
            q)(`$string 1+til 20;20#`fizz;20#`buzz;20#`fizzbuzz)
            1        2        3        4        5        6        7        8        9    ..
            fizz     fizz     fizz     fizz     fizz     fizz     fizz     fizz     fizz ..
            buzz     buzz     buzz     buzz     buzz     buzz     buzz     buzz     buzz ..
            fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzb..
            """);
    }

    @Test
    void aSmallerConsoleShowsFewerRowsAndColumns() {
        assertTranscript("""
            q)\\c 10 10
            q)til each 20+til 10
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            ..
            """);
    }
}
