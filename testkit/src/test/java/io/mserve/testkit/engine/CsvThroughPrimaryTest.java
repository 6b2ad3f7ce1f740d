package io.mserve.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import org.junit.jupiter.api.Test;

/** A CSV loaded by each engine secondary's script answers queries through the primary. */
class CsvThroughPrimaryTest {
    @Test
    void aLoadedCsvAnswersThroughThePrimary() {
        String script = "../examples/load-csv.q";
        try (Primary primary = Primary.start(ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries { count = 2, base-port = " + FreePorts.consecutive(2) + ", script = \"" + script + "\" }").withFallback(ConfigFactory.load()).resolve());
                QClient h = QClient.connect(primary.port())) {
            assertThat(h.deferred("count trade")).isEqualTo(1000L);
            c.Flip meta = (c.Flip) h.deferred("0!meta trade");
            assertThat((String[]) meta.y[0]).containsExactly("sym", "price", "size");
            assertThat(new String((char[]) meta.y[1])).isEqualTo("sfj");
            c.Dict bySym = (c.Dict) h.deferred("select sum size by sym from trade");
            assertThat(((c.Flip) bySym.x).x).containsExactly("sym");
        }
    }
}
