package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.cli.QMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database twice the size of the heap loads and answers a one-date query (issue 9): a q
 * process with {@code -Xmx64m} loads 128 MB of partitions (16 dates of 500,000 longs and floats)
 * and reads only the partitions it is asked about; an aggregate by date over all of them is
 * reduced one partition at a time, their columns released as the heap needs.
 */
class LargePartitionedDatabaseTest {
    @RegisterExtension
    final ScratchDirectory scratch = new ScratchDirectory("qbig");
    private final Path dir = scratch.path();

    @Test
    void aDatabaseLargerThanTheHeapLoadsAndAnswersOneDate() throws IOException, InterruptedException {
        scratch.run("t:([]x:til 500000;y:500000#1.5)");
        scratch.run("{(`$\":DIR/db/\",string[x],\"/t/\") set t} each 2020.01.01+til 16");
        Path script = dir.resolve("query.q");
        Files.write(script, List.of(
                "\\l " + dir.resolve("db"),
                "-1 string count t;",
                "-1 string exec sum x from t where date=2020.01.05;",
                "-1 string exec sum y from t where date within 2020.01.02 2020.01.03;",
                "-1 string count select from t where date=2020.01.08,x<10;",
                "-1 string exec sum x from select sum x,avg y by date from t;",
                "-1 string count select from t where x<3;",
                "exit 0"));
        Process q = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), QMain.class.getName(), script.toString())
                .redirectErrorStream(true).start();
        q.getOutputStream().close();
        assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(out.lines().toList()).containsExactly("8000000", "124999750000", "1500000", "10", "1999996000000", "48");
        assertThat(q.exitValue()).isZero();
    }

    @Test
    void theHeapKeepsNoMoreOfTheDatabaseThanTheColumnCacheBudgetOnceQueriesEnd() throws IOException, InterruptedException {
        scratch.run("t:([]x:til 250000;y:250000#1.5)");
        scratch.run("{(`$\":DIR/db/\",string[x],\"/t/\") set t} each 2020.01.01+til 16");
        Path script = dir.resolve("query.q");
        Files.write(script, List.of(
                "\\l " + dir.resolve("db"),
                "-1 string exec sum x from select sum x,avg y by date from t;",
                "-1 string count select from t where x<3;",
                ".Q.gc[];",
                "-1 string .Q.w[]`used;",
                "exit 0"));
        // 64 MB of columns read into a heap with room for all of them, a budget of 4 MB
        Process q = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-D" + ColumnCache.PROPERTY + "=4000000", "-cp", System.getProperty("java.class.path"), QMain.class.getName(),
                script.toString()).redirectErrorStream(true).start();
        q.getOutputStream().close();
        assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> out = new String(q.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        assertThat(out).hasSize(3).startsWith("499998000000", "48");
        assertThat(Long.parseLong(out.get(2))).isLessThan(32L << 20);
        assertThat(q.exitValue()).isZero();
    }
}
