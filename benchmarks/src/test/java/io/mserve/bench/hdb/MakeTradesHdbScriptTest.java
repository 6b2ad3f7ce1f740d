package io.mserve.bench.hdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code examples/make-trades-hdb.q}, run by the engine as a user runs it, and the HDB it makes loaded with {@code \l}. */
class MakeTradesHdbScriptTest {
    static final Path SCRIPT = Path.of("../examples/make-trades-hdb.q");

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The benchmarks' options for a tiny HDB in {@code tmp/hdb}: one run a query, small heaps, a free port, no idle wait. */
    static HdbOptions tinyOptions(Path tmp, int days, long rowsPerDay) throws IOException {
        return HdbOptions.parse(new String[] {"--dir", tmp.resolve("hdb").toString(), "--days", Integer.toString(days),
                "--rows-per-day", Long.toString(rowsPerDay), "--runs", "1", "--heap", "256m",
                "--port", Integer.toString(freePort()), "--script", SCRIPT.toString(), "--idle", "0"});
    }

    @Test
    void theScriptMakesATradeAndQuoteHdbThatLoadsAndAnswersByDate(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("hdb");
        new TradesHdb(dir, 2, 3000).ensure(SCRIPT, "256m");
        assertThat(new TradesHdb(dir, 2, 3000).dates()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
        try (EngineProcess engine = EngineProcess.start("256m", freePort(), null)) {
            c q = engine.connect();
            q.k(("system \"l " + dir + "\"").toCharArray());
            assertThat(q.k("count trade".toCharArray())).isEqualTo(6000L);
            assertThat(q.k("count quote".toCharArray())).isEqualTo(6000L);
            c.Flip byDate = (c.Flip) ((c.Dict) q.k("select count i by date from trade".toCharArray())).y;
            assertThat((long[]) byDate.y[0]).containsExactly(3000, 3000);
            assertThat((String[]) q.k("cols trade".toCharArray())).containsExactly("date", "sym", "time", "price", "size");
            assertThat((String[]) q.k("cols quote".toCharArray()))
                    .containsExactly("date", "sym", "time", "bid", "ask", "bsize", "asize");
            // Sorted by sym, then time within a sym, as aj needs; bid below ask.
            assertThat(q.k("exec (asc sym)~sym from trade where date=2026.01.06".toCharArray())).isEqualTo(true);
            assertThat(q.k("exec all {x~asc x} each time group sym from quote where date=2026.01.06".toCharArray()))
                    .isEqualTo(true);
            assertThat(q.k("exec all bid<ask from quote".toCharArray())).isEqualTo(true);
            q.close();
        }
    }

    @Test
    void theSameArgumentsMakeTheSameBytes(@TempDir Path tmp) throws Exception {
        new TradesHdb(tmp.resolve("a"), 1, 2000).ensure(SCRIPT, "256m");
        new TradesHdb(tmp.resolve("b"), 1, 2000).ensure(SCRIPT, "256m");
        for (String file : List.of("sym", "2026.01.05/trade/price", "2026.01.05/quote/time")) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void withoutDirTheScriptPrintsItsUsageAndExitsOne() {
        assertThatThrownBy(() -> EngineProcess.run("256m", SCRIPT, List.of("-days", "1"))).hasMessageEndingWith("exited 1");
    }

    @Test
    void aDirectoryWithOtherDatesIsNotReusedNorOverwritten(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("hdb");
        new TradesHdb(dir, 1, 100).ensure(SCRIPT, "256m");
        assertThatThrownBy(() -> new TradesHdb(dir, 2, 100).ensure(SCRIPT, "256m")).hasMessageContaining("holds 1 dates, not 2");
    }
}
