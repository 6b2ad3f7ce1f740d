package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.config.SecondariesSettings.Remote;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondariesSettingsTest {

    private static SecondariesSettings read(String hocon) {
        return SecondariesSettings.from(
                ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve());
    }

    @Test
    void defaultsMatchTheReference() {
        assertThat(read("")).isEqualTo(new SecondariesSettings(0, "",
                List.of("{java}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-Xms64m", "-XX:MaxRAMPercentage=25",
                        "-XX:G1PeriodicGCInterval=5000", "-XX:-G1PeriodicGCInvokesConcurrent", "-XX:MinHeapFreeRatio=10",
                        "-XX:MaxHeapFreeRatio=30",
                        "-cp", "{classpath}", "io.mserve.launcher.Main", "q", "{script}", "-p", "{port}",
                        "--only-user", "mserve", "-U", "{users-file}", "--sync-access", "no-system"),
                "127.0.0.1", 0, true, List.of(), Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(10),
                Duration.ofSeconds(5), 20, "static"));
    }

    @Test
    void everyKeyIsRead() {
        SecondariesSettings settings = read("""
                mserve.secondaries {
                  count = 4
                  script = "hdb.q"
                  command = ["q", "{script}", "-p", "{port}"]
                  host = "localhost"
                  base-port = 6000
                  check-pid = false
                  remote = ["db1:5010", "10.0.0.2:5011"]
                  ready-timeout = 1m
                  restart-backoff { min = 1s, max = 30s }
                  stop-grace = 2s
                  output-tail-lines = 5
                  discovery.provider = file
                }
                """);
        assertThat(settings).isEqualTo(new SecondariesSettings(4, "hdb.q", List.of("q", "{script}", "-p", "{port}"),
                "localhost", 6000, false, List.of(new Remote("db1", 5010), new Remote("10.0.0.2", 5011)),
                Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2), 5, "file"));
        assertThat(settings.total()).isEqualTo(6);
    }

    @Test
    void theSyncAccessPlaceholderIsThePrimarysPolicyForRoutedQueries() {
        assertThat(read("mserve.auth.sync-access = read-only").command()).containsSubsequence("--sync-access", "read-only");
        assertThat(read("mserve.auth.sync-access = full").command()).containsSubsequence("--sync-access", "full");
        assertThat(read("mserve.auth { sync-access = full, restricted = true }").command())
                .as("-u").containsSubsequence("--sync-access", "no-system");
        assertThat(read("mserve.secondaries.command = [q, \"-x{sync-access}\"]").command()).containsExactly("q", "-xno-system");
    }

    @Test
    void startedSecondariesFollowThePrimaryUnlessABasePortIsSet() {
        assertThat(read("mserve.secondaries.count = 2").portOf(2, 5001)).isEqualTo(5003);
        assertThat(read("mserve.secondaries { count = 2, base-port = 7000 }").portOf(2, 5001)).isEqualTo(7001);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsKeyPath() {
        assertThatThrownBy(() -> read("""
                mserve.secondaries {
                  count = -1
                  command = []
                  host = ""
                  ready-timeout = soon
                  restart-backoff { min = 5s, max = 1s }
                  stop-grace = 0s
                  output-tail-lines = many
                }
                """))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.secondaries.count: must be between 0 and 1000, is -1")
                .hasMessageContaining("mserve.secondaries.command: must name a program")
                .hasMessageContaining("mserve.secondaries.host: must not be empty")
                .hasMessageContaining("mserve.secondaries.ready-timeout")
                .hasMessageContaining("mserve.secondaries.restart-backoff.max: must not be shorter")
                .hasMessageContaining("mserve.secondaries.stop-grace: must be a positive duration")
                .hasMessageContaining("mserve.secondaries.output-tail-lines");
    }

    @Test
    void aMisspeltKeyIsReported() {
        assertThatThrownBy(() -> read("mserve.secondaries.cont = 2"))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.secondaries.cont: unknown key");
    }

    @Test
    void aRemoteThatIsNotHostColonPortIsReported() {
        assertThatThrownBy(() -> read("mserve.secondaries.remote = [\"db1:5010\", \"db2\", \"db3:http\", \":5012\", \"db4:70000\"]"))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("entry 2 must be \"host:port\"")
                .hasMessageContaining("entry 3")
                .hasMessageContaining("entry 4")
                .hasMessageContaining("entry 5")
                .hasMessageNotContaining("entry 1 ");
    }

    @Test
    void aRemoteWrittenTlsSchemeIsReachedOverTls() {
        SecondariesSettings settings = read("mserve.secondaries.remote = [\"db1:5010\", \"tls://db2:5011\"]");
        assertThat(settings.remote()).containsExactly(new SecondariesSettings.Remote("db1", 5010, false),
                new SecondariesSettings.Remote("db2", 5011, true));
        assertThat(settings.tlsAddresses()).containsExactly("db2:5011");
        assertThatThrownBy(() -> read("mserve.secondaries.remote = [\"tls://\", \"tls://db3\", \"tcps://db4:5012\"]"))
                .hasMessageContaining("entry 1 must be \"host:port\" or \"tls://host:port\"")
                .hasMessageContaining("entry 2").hasMessageContaining("entry 3");
    }

    @Test
    void aBasePortThatLeavesNoRoomIsReported() {
        assertThatThrownBy(() -> read("mserve.secondaries { count = 10, base-port = 65530 }"))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.secondaries.base-port: leaves no room for 10 secondaries");
    }
}
