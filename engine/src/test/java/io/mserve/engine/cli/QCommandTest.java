package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.engine.io.WorkingDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The q command: a script with its arguments, q's options, errors in a script, exit, the timer, a child q. */
class QCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path started = WorkingDirectory.current();
    @TempDir
    Path dir;

    @AfterEach
    void backToWhereWeStarted() {
        WorkingDirectory.change(started.toString());
    }

    private int q(String input, String... args) {
        return QMain.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String script(String text) throws Exception {
        return Files.writeString(dir.resolve("s.q"), text).toString();
    }

    @Test
    void argumentsAfterTheScriptAreDotZxAndItsNameDotZf() throws Exception {
        String s = script("show .z.x\nshow .z.f\nshow system\"P\"\n");
        assertThat(q("", s, "arg1", "arg2", "-P", "3", "-abc", "12", "-q")).isZero();
        assertThat(out()).contains("\"arg1\"\n\"arg2\"\n\"-abc\"\n\"12\"\n`" + s + "\n3i\n");
    }

    @Test
    void anErrorInTheScriptIsPrintedWithWhereItHappenedAndTheSessionCarriesOn() throws Exception {
        String s = script("a:1\n/ a comment\nb:1+`x\nc:3\n");
        assertThat(q("a\nc\n\\\\\n", s)).isZero();
        assertThat(err()).isEqualTo("'type\n  [0]  " + s + ":3: b:1+`x\n");
        assertThat(out()).isEqualTo("q)1\nq)'c\nq)");
    }

    @Test
    void aStackOverflowInTheScriptIsStackNotAJavaTrace() throws Exception {
        String s = script("f:{f x+1}\nf 0\nd:4\n");
        assertThat(q("1+1\n", s, "-q")).isZero();
        assertThat(err()).startsWith("'stack\n").doesNotContain("java.lang");
        assertThat(out()).isEqualTo("2\n");
    }

    @Test
    void runningOutOfHeapInTheScriptIsWsfullAndTheSessionCarriesOn() throws Exception {
        String s = script("a:til 2000000000\n");
        assertThat(q("1+1\n", s, "-q")).isZero();
        assertThat(err()).startsWith("'wsfull\n");
        assertThat(out()).isEqualTo("2\n");
    }

    @Test
    void exitEndsTheScriptWithItsStatusAfterDotZexit() throws Exception {
        String s = script(".z.exit:{-1 \"bye \",string x}\nexit 3\nnever:1\n");
        assertThat(q("never\n", s)).isEqualTo(3);
        assertThat(out()).isEqualTo("bye 3\n");
    }

    @Test
    void doubleBackslashInAScriptEndsItWithZero() throws Exception {
        String s = script(".z.exit:{0N!x}\n\\\\\nnever:1\n");
        assertThat(q("never\n", s)).isZero();
        assertThat(out()).isEqualTo("0\n");
    }

    @Test
    void insideAFunctionValueOfDoubleBackslashQuits() {
        assertThat(q("{value\"\\\\\\\\\"}[]\n1+1\n", "-q")).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void anExitInsideDotZexitEndsWithItsOwnStatus() {
        assertThat(q(".z.exit:{exit 5}\nexit 1\n", "-q")).isEqualTo(5);
    }

    @Test
    void exitAndDoubleBackslashEndTheRepl() {
        assertThat(q(".z.exit:{0N!x}\nexit 42\n1+1\n")).isEqualTo(42);
        assertThat(out()).isEqualTo("q)q)42\n");
        out.reset();
        assertThat(q(".z.exit:{0N!x}\n\\\\ and text after it\n1+1\n")).isZero();
        assertThat(out()).isEqualTo("q)q)0\n");
    }

    @Test
    void minusQIsQuietAndOptionsSetWhatTheirCommandsSet() {
        assertThat(q("\\c\n1%3\n\\P\n\\t\n\\T\n\\e\n\\S\n\\o\n", "-q", "-c", "30", "100", "-P", "3", "-T", "9", "-e", "1",
                "-S", "42", "-o", "2", "-t", "60000")).isZero();
        assertThat(out()).isEqualTo("30 100\n0.333\n3i\n60000\n9i\n1i\n42i\n2\n");
    }

    @Test
    void theTimerTicksBetweenInputsFromTheStart() throws Exception {
        String s = script("n:0\n.z.ts:{n+:1}\n");
        assertThat(q("system\"sleep 0.3\";\nn>0\n", s, "-q", "-t", "20")).isZero();
        assertThat(out()).as("what .z.ts returns is not shown").isEqualTo("1b\n");
    }

    @Test
    void optionsThatWouldChangeAnswersStopTheStartOthersAreIgnoredWithAWarning() {
        assertThat(q("", "-E", "1")).isEqualTo(2);
        assertThat(err()).isEqualTo("'-E: TLS is not supported by this engine\n");
        err.reset();
        assertThat(q("", "-l")).isEqualTo(2);
        err.reset();
        assertThat(q("1+1\n", "-q", "-m", "/mnt/dax")).isZero();
        assertThat(err()).isEqualTo("warning: -m: no memory domains in this engine; ignored\n");
        assertThat(out()).isEqualTo("2\n");
    }

    @Test
    void dashZOneReadsDatesDayFirst() {
        // basics/cmdline.md#-z-date-format: as \z 1
        assertThat(q("\"D\"$\"06/01/2010\"\n", "-q", "-z", "1")).isZero();
        assertThat(out()).isEqualTo("2010.01.06\n");
    }

    @Test
    void aBadOptionValueStopsTheStart() {
        assertThat(q("", "-P", "abc")).isEqualTo(2);
        assertThat(err()).isEqualTo("'type\n");
        err.reset();
        assertThat(q("", "-s", "-1")).isEqualTo(2);
        assertThat(q("", "-c", "30")).isEqualTo(2);
        assertThat(err()).endsWith("'-c: missing value\n");
    }

    @Test
    void theHeapGoingOverMinusWEndsTheProcessWithMinusWAbort() {
        assertThat(q(".Q.gc[]\nsystem\"sleep 5\"\n", "-q", "-w", "1")).isEqualTo(1);
        assertThat(err()).contains("'-w abort");
    }

    @Test
    void backslashQStartsAnotherQWithTheArgumentsInTheBackground() throws Exception {
        Path done = dir.resolve("done.txt");
        Files.writeString(dir.resolve("child.q"), "(hsym`$\"" + done + "\") 0: .z.x\nexit 0\n");
        long start = System.nanoTime();
        assertThat(q("\\cd " + dir + "\n\\q child.q hello there\n", "-q")).isZero();
        assertThat((System.nanoTime() - start) / 1_000_000).as("returns at once").isLessThan(5000);
        // The child writes the file, then exits: it is whole once it has both lines.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Files.readAllLines(done), lines -> lines.equals(List.of("hello", "there")));
    }
}
