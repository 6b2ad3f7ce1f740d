package io.mserve.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.kx.c;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.mserve.launcher.Primary;
import io.mserve.launcher.config.ConfigSources;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top README's example, run as it says: a primary started with {@code examples/engine.conf}
 * (its run command's configuration), queried with javakdb as the README shows. The figures are
 * read from README.md, so this fails when the README and the example drift apart.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SELECT = "select sym,price from trade where size > 50000";
    private static String readme;

    @BeforeAll
    static void readTheReadme() throws IOException {
        readme = Files.readString(ROOT.resolve("README.md"));
    }

    /** The first group of {@code regex} in the README; the test fails when the README lacks it. */
    private static String stated(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(readme);
        assertThat(matcher.find()).as("README.md states /%s/", regex).isTrue();
        return matcher.group(1);
    }

    /** The example configuration on free loopback ports, its script found from the repository's root as when run there. */
    private static Primary startTheExample() {
        Config example = ConfigSources.layer(ConfigFactory.empty(), Optional.of(ROOT.resolve("examples/engine.conf")));
        String script = ROOT.resolve(example.getString("mserve.secondaries.script")).toString();
        Config onFreePorts = ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries.base-port = " + FreePorts.consecutive(2))
                .withValue("mserve.secondaries.script", ConfigValueFactory.fromAnyRef(script));
        return Primary.start(onFreePorts.withFallback(example).resolve());
    }

    @Test
    void theReadmesExampleQueriesAnswerWhatTheReadmeSays() {
        long tradeRows = Long.parseLong(stated("`trade` table \\(([0-9,]+) rows over three days\\)").replace(",", ""));
        int selectRows = Integer.parseInt(stated("// the table: ([0-9,]+) rows").replace(",", ""));
        String xs = stated("q\\)h \"xs\"\\n\\s*([0-9 ]+)\\n");
        List<String> shownRows = shownRowsOfTheSelect();

        try (Primary primary = startTheExample(); QClient h = QClient.connect(primary.port())) {
            assertThat(primary.status()).hasSize(2);
            assertThat(h.sync("xs: til 9")).isInstanceOf(long[].class);
            assertThat(Arrays.stream((long[]) h.sync("xs")).mapToObj(Long::toString).collect(Collectors.joining(" ")))
                    .isEqualTo(xs.trim());
            assertThat(h.deferred("count trade")).isEqualTo(tradeRows);
            c.Flip table = (c.Flip) h.deferred(SELECT);
            assertThat(table.x).containsExactly("sym", "price");
            String[] sym = (String[]) table.y[0];
            double[] price = (double[]) table.y[1];
            assertThat(sym).hasSize(selectRows);
            List<String> firstRows = new ArrayList<>();
            for (int i = 0; i < shownRows.size(); i++) {
                firstRows.add(sym[i] + " " + BigDecimal.valueOf(price[i]).stripTrailingZeros().toPlainString());
            }
            assertThat(firstRows).isEqualTo(shownRows);
        }
    }

    /** The rows the README prints for the select, between its header rule and {@code ..}. */
    private static List<String> shownRowsOfTheSelect() {
        String block = stated("(?s)q\\)\\(neg h\\) \"" + Pattern.quote(SELECT) + "\"; h\\[\\]\\n(.*?)\\n\\s*\\.\\.\\n");
        List<String> rows = new ArrayList<>();
        boolean body = false;
        for (String line : block.lines().map(String::trim).toList()) {
            if (body) {
                rows.add(line.replaceAll(" +", " "));
            }
            body |= line.startsWith("---");
        }
        assertThat(rows).as("rows shown in the README").isNotEmpty();
        return rows;
    }
}
