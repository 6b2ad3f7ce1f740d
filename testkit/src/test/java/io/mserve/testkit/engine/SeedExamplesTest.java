package io.mserve.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.testkit.QClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's examples through a real primary whose two secondaries are embedded q engines, child
 * JVMs started by the launcher's default command, each running {@code examples/startup.q}.
 */
class SeedExamplesTest {
    private static final String QUERY = "select sym,price from trade where size > 50000";

    private static final String[] EXPECTED_SYM;
    private static final double[] EXPECTED_PRICE;

    // The rows of startup.q's trade whose size is over 50000, computed as q computes them.
    static {
        String[] syms = {"AAPL", "AMZN", "GOOG", "IBM", "MSFT"};
        java.util.List<String> sym = new java.util.ArrayList<>();
        java.util.List<Double> price = new java.util.ArrayList<>();
        for (long i = 0; i < 10000; i++) {
            if (104729 * i % 100000 > 50000) {
                sym.add(syms[(int) (i % 5)]);
                price.add(100 + 0.01 * (7919 * i % 10000));
            }
        }
        EXPECTED_SYM = sym.toArray(new String[0]);
        EXPECTED_PRICE = price.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Primary start(String script, int secondaries) {
        Config config = ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries { count = " + secondaries + ", script = \"" + script + "\" }")
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
                assertThat(Arrays.copyOf((String[]) table.y[0], 5)).containsExactly("AMZN", "GOOG", "IBM", "MSFT", "AAPL");
                assertThat((String[]) table.y[0]).containsExactly(EXPECTED_SYM);
                assertThat((double[]) table.y[1]).containsExactly(EXPECTED_PRICE);
            }
            h.connection().ks(QUERY.toCharArray());
            assertThat(((String[]) ((c.Flip) h.receive()).y[0])).hasSize(4999);
        }
    }

    @Test
    void anErrorReachesTheClientWithItsText() {
        try (Primary primary = start("../examples/startup.q", 1); QClient h = QClient.connect(primary.port())) {
            assertThatThrownBy(() -> h.deferred("select from trade where nosuch > 1")).isInstanceOf(QClient.QError.class)
                    .hasMessageContaining("nosuch");
            assertThatThrownBy(() -> h.deferred("1+`a")).hasMessage("type");
            assertThatThrownBy(() -> h.sync("1+`a")).hasMessage("type");
            assertThat(h.deferred("count trade")).isEqualTo(10000L);
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
}
