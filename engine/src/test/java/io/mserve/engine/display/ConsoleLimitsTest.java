package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * {@code \c} (docs/basics/syscmds.md) bounds what the console, {@code show} and {@code .Q.s}
 * print, truncating with {@code ..}; {@code \P} sets the digits of floats wherever they become
 * text.
 */
class ConsoleLimitsTest {

    @Test
    void sizesAreCoercedToTenThroughTwoThousand() {
        assertTranscript("""
            q)\\c 5 5
            q)\\c
            10 10
            q)til each 20+til 10
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            0 1 2 3..
            ..
            q)\\c 3000 3000
            q)\\c
            2000 2000
            """);
    }

    @Test
    void aCommentMayFollowTheNumbers() {
        // wp/order-book.md: \P 0   /display the maximum precision possible
        assertTranscript("""
            q)\\P 0   /display the maximum precision possible
            q)\\P
            0i
            q)\\c 30 100 /taller and wider
            q)\\c
            30 100
            """);
    }

    @Test
    void showAndDotQsObeyTheWidth() {
        assertTranscript("""
            q)\\c 10 20
            q)show til 30
            0 1 2 3 4 5 6 7 8..
            q).Q.s til 30
            "0 1 2 3 4 5 6 7 ..
            q)count .Q.s til 30
            20
            """);
    }

    @Test
    void theOneLineFormsShowFloatsToTheConsolePrecision() {
        assertTranscript("""
            q)\\P 3
            q)-3!3.14159
            "3.14"
            q).Q.s1 1%3
            "0.333"
            q)0N!1%3;
            0.333
            q)\\P 0
            q)-3!0.1
            "0.10000000000000001"
            """);
    }

    @Test
    void dotQsIsTheConsoleTextWithANewline() {
        assertPrints(".Q.s ([h:1 2 3] m: 4 5 6)", "\"h| m\\n-| -\\n1| 4\\n2| 5\\n3| 6\\n\"");
        assertPrints("-3!`a`b!1 2", "\"`a`b!1 2\"");
    }
}
