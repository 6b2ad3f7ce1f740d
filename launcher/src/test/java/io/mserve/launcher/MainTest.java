package io.mserve.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.launcher.secondary.TestCommands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadMembersFileExitsWith2NamingItsLineAndAnUnknownDiscoveryItsName(@TempDir Path dir) throws Exception {
        Path members = Files.writeString(dir.resolve("members"), "127.0.0.1:5002\nlocalhost\n");
        Path conf = Files.writeString(dir.resolve("mserve.conf"), "mserve.transport.port = 0\n"
                + "mserve.secondaries.discovery { provider = file, file.path = \"" + members + "\" }\n");

        assertThat(run("--config", conf.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("mserve: discovery 'file' (class path) failed to start: " + members
                + ":2: \"localhost\" is not host:port\n");

        err.reset();
        Files.writeString(conf, "mserve.secondaries.discovery.provider = consul\n");
        assertThat(run("--config", conf.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("mserve: mserve.secondaries.discovery.provider: no discovery named 'consul';"
                + " found: dns, file, static\n");
    }

    @Test
    void aBadConfigurationExitsWith2NamingEveryKey(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("mserve.conf"), """
                mserve {
                  transport.port = -5
                  secondaries.ready-timeout = soon
                  secondaries.remote = ["nowhere"]
                }
                """);

        assertThat(run("--config", conf.toString())).isEqualTo(2);

        assertThat(err()).startsWith("mserve: bad configuration:\n")
                .contains("  mserve.transport.port: must be between 0 and 65535, is -5 (" )
                .contains("mserve.conf: 2)")
                .contains("  mserve.secondaries.ready-timeout")
                .contains("  mserve.secondaries.remote: entry 1 must be \"host:port\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void unreadableTlsFilesExitWith2NamingEachKeyWithoutATrace(@TempDir Path dir) throws Exception {
        Path notPem = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n");
        Path conf = Files.writeString(dir.resolve("mserve.conf"), """
                mserve.transport.tls { mode = optional, certificate = "%s", private-key = "%s" }
                mserve.transport.secondary-tls.key-store = "%s"
                """.formatted(notPem, dir.resolve("absent-key.pem"), dir.resolve("absent.p12")));

        assertThat(run("--config", conf.toString())).isEqualTo(2);

        assertThat(err()).startsWith("mserve: bad configuration:\n")
                .contains("  mserve.transport.tls.certificate: " + notPem + ": not PEM X.509 certificates")
                .contains("  mserve.transport.tls.private-key: " + dir.resolve("absent-key.pem") + ": no such file")
                .contains("  mserve.transport.secondary-tls.key-store: " + dir.resolve("absent.p12") + ": no such file")
                .doesNotContain("\tat ");
    }

    @Test
    void theMserveQFormIsCheckedToo() {
        assertThat(run("-p", "0", "-3", "x.q")).isEqualTo(2);
        assertThat(err()).contains("mserve.secondaries.count: must be between 0 and 1000, is -3 (command line");
    }

    @Test
    void aStrategyThatRefusesItsSettingsExitsWith2NamingTheKey(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("mserve.conf"), """
                mserve.transport.port = 0
                mserve.strategy { name = cpu-sampled, cpu-sampled.sample-interval = 200 }
                """);

        assertThat(run("--config", conf.toString())).isEqualTo(2);

        assertThat(err()).isEqualTo("mserve: load strategy 'cpu-sampled' (class path) failed to start: "
                + "mserve.strategy.cpu-sampled.sample-interval: a duration needs its unit (e.g. 200ms, 5s), is 200\n");
    }

    @Test
    void aMissingConfigFileIsABadConfiguration(@TempDir Path dir) {
        assertThat(run("--config", dir.resolve("absent.conf").toString())).isEqualTo(2);
        assertThat(err()).startsWith("mserve: bad configuration:").contains("absent.conf");
    }

    @Test
    void unknownArgumentsPrintTheUsage() {
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(err()).startsWith("mserve: unknown option --verbose\nusage: java -jar launcher.jar");
    }

    @Test
    void theEngineReportsAMissingScript() {
        assertThat(run("q", "db.q", "-p", "5002")).isEqualTo(2);
        assertThat(err()).startsWith("'db.q: ");
    }

    @Test
    void aRealLauncherProcessExitsWith2WithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("bad.conf"), "mserve.secondaries.cont = 2\n");
        Process launcher = new ProcessBuilder(List.of(TestCommands.java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--config", conf.toString()))
                .redirectErrorStream(true).start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(output).contains("mserve.secondaries.cont: unknown key").doesNotContain("\tat ");
    }

    @Test
    void aPortInUseExitsWith2WithOneLineNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = taken.getLocalPort();
            Process launcher = new ProcessBuilder(List.of(TestCommands.java(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "-p", Integer.toString(port)))
                    .redirectErrorStream(true).start();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(launcher.exitValue()).as(output).isEqualTo(2);
            // the start-up log (providers found) comes first; what is not INFO is the one line
            assertThat(output.lines().filter(line -> !line.contains(" INFO ")).toList()).as(output)
                    .containsExactly("mserve: port " + port + " is already in use (cannot listen on 0.0.0.0:" + port + ")");
        }
    }
}
