package io.mserve.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's examples through a real primary whose two secondaries are embedded q engines, child
 * JVMs started by the launcher's default command, each running {@code examples/startup.q}, which
 * loads the date-partitioned database {@code examples/hdb}.
 */
class SeedExamplesTest {
    private static final String QUERY = "select sym,price from trade where size > 50000";

    private static final String[] EXPECTED_SYM;
    private static final double[] EXPECTED_PRICE;

    // The rows of startup.q's trade whose size is over 50000, read from the CSV the database was
    // made from: partition k (a day) holds rows k, k+3, k+6 ..., sorted by sym (stably), as .Q.dpft writes them.
    static {
        List<String[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("../examples/trade.csv"));
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split(","));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> sym = new ArrayList<>();
        List<Double> price = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            List<String[]> partition = new ArrayList<>();
            for (int i = day; i < rows.size(); i += 3) {
                partition.add(rows.get(i));
            }
            partition.sort(Comparator.comparing(r -> r[0]));
            for (String[] r : partition) {
                if (Long.parseLong(r[2]) > 50000) {
                    sym.add(r[0]);
                    price.add(Double.parseDouble(r[1]));
                }
            }
        }
        EXPECTED_SYM = sym.toArray(new String[0]);
        EXPECTED_PRICE = price.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Primary start(String script, int secondaries) {
        Config config = ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries { count = " + secondaries + ", base-port = " + FreePorts.consecutive(secondaries)
                        + ", script = \"" + script + "\" }")
                .withFallback(ConfigFactory.load()).resolve();
        return Primary.start(config);
    }

    @Test
    void theSeedExamplesWorkExactly() throws Exception {
        try (Primary primary = start("../examples/startup.q", 2); QClient h = QClient.connect(primary.port())) {
            assertThat(primary.status()).hasSize(2).allSatisfy(s -> assertThat(s.state().toString()).isEqualToIgnoringCase("up"));
            h.sync("xs: til 9");
            assertThat((long[]) h.sync("xs")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
            for (int i = 0; i < 4; i++) {
                // (neg h) query; h[] -- javakdb's c.ks(query); c.k() -- on each secondary in turn.
                c.Flip table = (c.Flip) h.deferred(QUERY);
                assertThat(table.x).containsExactly("sym", "price");
                assertThat((String[]) table.y[0]).containsExactly(EXPECTED_SYM);
                assertThat((double[]) table.y[1]).containsExactly(EXPECTED_PRICE);
            }
            h.connection().ks(QUERY.toCharArray());
            assertThat(((String[]) ((c.Flip) h.receive()).y[0])).hasSize(EXPECTED_SYM.length);
            // The database is partitioned by date: a virtual date column comes first.
            c.Dict byDate = (c.Dict) h.deferred("select count i by date from trade");
            assertThat((long[]) ((c.Flip) byDate.y).y[0]).containsExactly(334, 333, 333);
        }
    }

    @Test
    void anErrorReachesTheClientWithItsText() {
        try (Primary primary = start("../examples/startup.q", 1); QClient h = QClient.connect(primary.port())) {
            assertThatThrownBy(() -> h.deferred("select from trade where nosuch > 1")).isInstanceOf(QClient.QError.class)
                    .hasMessageContaining("nosuch");
            assertThatThrownBy(() -> h.deferred("1+`a")).hasMessage("type");
            assertThatThrownBy(() -> h.sync("1+`a")).hasMessage("type");
            assertThat(h.deferred("count trade")).isEqualTo(1000L);
        }
    }

    @Test
    void aScriptsOwnZpgAnswersRoutedQueries(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("pg.q"), ".z.pg:{[x] $[x~\"who\";`secondary;value x]}\n");
        try (Primary primary = start(script.toString(), 1); QClient h = QClient.connect(primary.port())) {
            assertThat(h.deferred("who")).isEqualTo("secondary");
            assertThat(h.deferred("2+3")).isEqualTo(5L);
        }
    }

    @Test
    void aClientsExitOnThePrimaryIsRefusedOnlyItsConsoleMayStopIt() {
        try (Primary primary = start("../examples/startup.q", 1); QClient h = QClient.connect(primary.port())) {
            assertThatThrownBy(() -> h.sync("exit 0")).isInstanceOf(QClient.QError.class).hasMessage("access");
            assertThat(h.sync("1+1")).isEqualTo(2L);
        }
    }
}
