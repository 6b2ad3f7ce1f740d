package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.io.WorkingDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System commands (basics/syscmds.md), {@code system}, {@code getenv}/{@code setenv} and {@code exit} (ref/*). */
class SystemCommandsTest {
    private final Path started = WorkingDirectory.current();

    @AfterEach
    void backToWhereWeStarted() {
        WorkingDirectory.change(started.toString());
    }

    @Test
    void backslashTTimesAnExpressionAndTColonNRepeatsIt() {
        assertPrints("-7h=type system\"t til 1000\"", "1b");
        assertPrints("-7h=type system\"t:100 til 1000\"", "1b");
        // a thousand repetitions of a 10ms sleep take at least ten seconds; ten take at least 100ms
        assertPrints("100<=system\"t:10 system\\\"sleep 0.01\\\"\"", "1b");
    }

    @Test
    void backslashTsReportsMillisecondsAndTheBytesOneEvaluationAllocates() {
        // til 100000 is 800000 bytes of longs
        assertPrints("{(x>=800000)&x<2000000}last system\"ts til 100000\"", "1b");
        assertPrints("{(x>=800000)&x<2000000}last system\"ts:10 til 100000\"", "1b");
        assertPrints("count system\"ts 1+1\"", "2");
        assertSignals("\\ts", "\\t");
    }

    @Test
    void dotQtsGivesTimeAndSpaceWithTheResult() {
        assertPrints("last .Q.ts[+;1 2]", "3");
        assertPrints("{(x>=800000)&x<2000000}last first .Q.ts[til;enlist 100000]", "1b");
    }

    @Test
    void backslashTAloneIsTheTimerIntervalWhichAWholeNumberSets() {
        assertTranscript("""
                q)\\t
                0
                q)\\t 1000
                q)\\t
                1000
                q)\\t 0
                q)\\t
                0
                """);
    }

    @Test
    void backslashWGivesSixNumbersFromTheJvmsHeap() {
        assertPrints("count system\"w\"", "6");
        assertPrints("{(x[0]>0)&(x[1]>=x 0)&(x[2]>=x 0)&(x[3]>=x 1)&x[5]>=x 1}system\"w\"", "1b");
        assertPrints("key .Q.w[]", "`used`heap`peak`wmax`mmap`mphy`syms`symw");
    }

    @Test
    void backslashWNeedsMinusWOnTheCommandLineToSetALimit() {
        assertSignals("\\w 128", "-w init via cmd line");
    }

    @Test
    void backslashCdShowsAndChangesTheDirectoryFilesAreFoundIn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("f.txt"), "hello\n");
        Session s = new Session();
        s.execute("\\cd " + dir);
        assertThat(s.execute("\\cd")).isEqualTo("\"" + dir.toRealPath() + "\"");
        assertThat(s.execute("read0`:f.txt")).isEqualTo(",\"hello\"");
        assertThat(s.execute("system\"cat f.txt\"")).isEqualTo(",\"hello\"");
        s.execute("\\cd sub/dir");
        assertThat(Files.isDirectory(dir.resolve("sub/dir"))).as("\\cd creates what is absent").isTrue();
        assertThat(s.execute("\\cd")).endsWith("sub/dir\"");
    }

    @Test
    void osCommandsReturnTheirLinesAndTheConsoleShowsEachAsAString() {
        assertPrints("system\"echo hi\"", ",\"hi\"");
        assertPrints("system\"printf 'a1\\\\nb2\\\\n'\"", "\"a1\"\n\"b2\"");
        assertPrints("\\echo hi", "\"hi\"");
        assertPrints("system\"true\"", "()");
    }

    @Test
    void aFailingOsCommandSignalsOs() {
        assertSignals("system\"exit 3\"", "os");
        assertPrints("@[system;\"ls /no/such/dir\";{\"error - \",x}]", "\"error - os\"");
    }

    @Test
    void valueOfTextStartingWithABackslashRunsTheCommand() {
        assertPrints("value\"\\\\d\"", "`.");
        assertPrints("{value\"\\\\a\"}[]", "`symbol$()");
    }

    @Test
    void systemTakesAString() {
        assertSignals("system`a", "type");
        assertPrints("system\"a\"", "`symbol$()");
    }

    @Test
    void getenvReadsAndSetenvSetsTheEnvironmentOsCommandsSee() {
        assertPrints("getenv`MSERVE_SURELY_UNSET_VARIABLE", "\"\"");
        assertTranscript("""
                q)`MSERVE_RTMP setenv "/home/user/temp"
                q)getenv `MSERVE_RTMP
                "/home/user/temp"
                q)\\echo $MSERVE_RTMP
                "/home/user/temp"
                """);
        assertSignals("getenv\"HOME\"", "type");
        assertSignals("`X setenv 1", "type");
    }

    @Test
    void qsOwnCommandsTheEngineLacksSignalNyiAndNeverReachTheShell() {
        assertSignals("\\W", "nyi");
        assertSignals("\\r", "nyi");
        assertSignals("\\1 out.txt", "nyi");
    }

    @Test
    void backslashSShowsAndSetsTheSeedSoRollsRepeat() {
        assertTranscript("""
                q)\\S
                -314159i
                q)\\S 42
                q)\\S
                42i
                q)a:5?100
                q)\\S 42
                q)a~5?100
                1b
                """);
    }

    @Test
    void secondaryThreadsCannotExceedTheCommandLinesMaximum() {
        assertPrints("\\s", "0i");
        assertSignals("\\s 4", "limit");
        Session s = new Session();
        s.secondaries(8);
        assertThat(s.execute("\\s")).isEqualTo("8i");
        s.execute("\\s 4");
        assertThat(s.execute("\\s")).isEqualTo("4i");
        assertThat(s.execute("\\s 0N")).isEqualTo("8i");
    }

    @Test
    void consoleSizesAreKeptBetweenTenAndTwoThousand() {
        assertTranscript("""
                q)\\c 5 5
                q)\\c
                10 10
                q)\\C
                36 2000
                q)\\C 3000 3000
                q)\\C
                2000 2000
                """);
    }

    @Test
    void theTimeoutErrorTrapAndCollectionModesShowWhatWasSet() {
        assertTranscript("""
                q)\\T
                0i
                q)\\T 5
                q)\\T
                5i
                q)\\e
                0i
                q)\\e 1
                q)\\e
                1i
                q)\\g
                0i
                q)\\_
                0b
                """);
        assertSignals("\\e 3", "domain");
        assertSignals("\\T x", "type");
    }

    @Test
    void aNamespaceArgumentListsThatNamespacesNamesAndAnUnknownOneIsUndefined() {
        assertTranscript("""
                q)tt:([]dd:12 34)
                q).nn.vv:([]uu:12 45)
                q)\\a
                ,`tt
                q)\\a .n
                '.n
                q)\\a .nn
                ,`vv
                q)\\v .nn
                ,`vv
                """);
        assertPrints("`htc in system\"f .h\"", "1b");
    }

    @Test
    void exitInAnEmbeddedSessionIsRefusedSoTheHostLives() {
        assertSignals("exit 0", "access");
        assertSignals("\\\\", "access");
        assertSignals("exit `a", "type");
    }
}
