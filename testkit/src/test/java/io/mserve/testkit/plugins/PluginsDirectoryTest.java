package io.mserve.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.auth.AuthenticatorProvider;
import io.mserve.core.plugin.PluginException;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FakeSecondary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins dropped into {@code mserve.plugins.dir}, built by the test with javax.tools: a real
 * primary with three in-process fake secondaries loads them, each in its own class loader, and
 * routes through a real kdb+ client; every broken plugin stops the start-up with its name.
 */
class PluginsDirectoryTest {
    @TempDir
    Path root;

    private final List<FakeSecondary> fakes = new ArrayList<>();
    private final List<QClient> clients = new ArrayList<>();
    private Primary primary;

    @AfterEach
    void stop() {
        clients.forEach(QClient::closeQuietly);
        if (primary != null) {
            primary.close();
        }
        fakes.forEach(FakeSecondary::close);
    }

    private Path plugins() {
        return root.resolve("plugins");
    }

    private static Config config(Path plugins, String hocon) {
        return ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                + "mserve.plugins.dir = " + quote(plugins.toString()) + "\n" + hocon).withFallback(ConfigFactory.load());
    }

    /** Starts a primary on this test's plugins with three fakes, answering {@code who} with {@code "secondary N"}. */
    private QClient start(String hocon) {
        for (int id = 1; id <= 3; id++) {
            fakes.add(FakeSecondary.start(id, new QueryScript(id)));
        }
        String remote = fakes.stream().map(f -> quote("127.0.0.1:" + f.port())).collect(Collectors.joining(", "));
        primary = Primary.start(config(plugins(), "mserve.secondaries.remote = [" + remote + "]\n" + hocon));
        QClient client = QClient.connect(primary.port());
        clients.add(client);
        return client;
    }

    private static String who(QClient q) {
        return new String((char[]) q.deferred("who"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aDiscoveryJarFindsTheSecondariesFromItsOwnBlock() {
        PluginSources.listedDiscovery(plugins().resolve("listed.jar"));
        fakes.add(FakeSecondary.start(7, new QueryScript(7)));
        primary = Primary.start(config(plugins(), "mserve.secondaries.discovery { provider = listed, listed.members = ["
                + quote("127.0.0.1:" + fakes.get(0).port()) + "] }"));
        QClient q = QClient.connect(primary.port());
        clients.add(q);

        assertThat(who(q)).isEqualTo("secondary 7");
        assertThat(primary.status()).hasSize(1);
    }

    @Test
    void aStrategyJarIsChosenByNameWithTheDefaultsOfItsOwnReferenceConf() {
        PluginSources.prefer(plugins().resolve("prefer.jar"));
        QClient q = start("mserve.strategy.name = prefer");
        for (int i = 0; i < 5; i++) {
            assertThat(who(q)).isEqualTo("secondary 2");
        }
        assertThat(fakes.get(0).served() + fakes.get(2).served()).isZero();
    }

    @Test
    void thePrimarysConfigurationOverridesThePluginsDefaults() {
        PluginSources.prefer(plugins().resolve("prefer.jar"));
        QClient q = start("mserve.strategy { name = prefer, prefer.id = 3 }");
        assertThat(who(q)).isEqualTo("secondary 3");
    }

    @Test
    void aPluginInASubDirectorySeesTheLibraryJarsBesideIt() {
        Path library = new PluginJar().source("example.lib.Choice", """
                package example.lib;

                public final class Choice {
                    public static int id() {
                        return 3;
                    }
                }
                """).writeTo(plugins().resolve("with-library/choice.jar"));
        new PluginJar().source("example.Chooser", """
                package example;

                import io.mserve.core.strategy.LoadStrategy;
                import io.mserve.core.strategy.LoadStrategyProvider;
                import io.mserve.core.strategy.StrategyContext;
                import example.lib.Choice;

                public final class Chooser implements LoadStrategyProvider {
                    public String name() {
                        return "chooser";
                    }

                    public LoadStrategy create(StrategyContext context) {
                        return candidates -> candidates.stream().filter(c -> c.id() == Choice.id()).findFirst()
                                .orElse(candidates.get(0));
                    }
                }
                """).compiledAgainst(library).service(LoadStrategyProvider.class, "example.Chooser")
                .writeTo(plugins().resolve("with-library/chooser.jar"));

        assertThat(who(start("mserve.strategy.name = chooser"))).isEqualTo("secondary 3");
    }

    @Test
    void eachJarHasAClassLoaderOfItsOwnSoTheirClassesDoNotClash() {
        for (int[] plugin : new int[][] {{1, 'a'}, {3, 'b'}}) {
            char letter = (char) plugin[1];
            new PluginJar()
                    .source("example.Pick", "package example; final class Pick { static final int ID = " + plugin[0] + "; }")
                    .source("example.Picker", """
                            package example;

                            import io.mserve.core.strategy.LoadStrategy;
                            import io.mserve.core.strategy.LoadStrategyProvider;
                            import io.mserve.core.strategy.StrategyContext;

                            public final class Picker implements LoadStrategyProvider {
                                public String name() {
                                    return "pick-%c";
                                }

                                public LoadStrategy create(StrategyContext context) {
                                    return candidates -> candidates.stream().filter(c -> c.id() == Pick.ID).findFirst()
                                            .orElse(candidates.get(0));
                                }
                            }
                            """.formatted(letter))
                    .service(LoadStrategyProvider.class, "example.Picker")
                    .writeTo(plugins().resolve("pick-" + letter + ".jar"));
        }
        assertThat(who(start("mserve.strategy.name = pick-b"))).isEqualTo("secondary 3");
    }

    @Test
    void anAuthenticatorPluginDecidesWhoConnectsFromItsSettings() {
        new PluginJar().source("example.OnlyOne", """
                package example;

                import io.mserve.core.auth.Authenticator;
                import io.mserve.core.auth.AuthenticatorProvider;
                import io.mserve.spi.PluginSettings;

                public final class OnlyOne implements AuthenticatorProvider {
                    public String name() {
                        return "only-one";
                    }

                    public Authenticator create(PluginSettings settings) {
                        String user = settings.text("user");
                        return (name, password) -> name.equals(user);
                    }
                }
                """).service(AuthenticatorProvider.class, "example.OnlyOne").writeTo(plugins().resolve("only-one.jar"));
        start("mserve.auth { authenticator = only-one, settings.user = test }");

        try (QClient alice = QClient.connect("127.0.0.1", primary.port(), "test:any")) {
            assertThat(new String((char[]) alice.deferred("who"))).startsWith("secondary ");
        }
        assertThatThrownBy(() -> QClient.connect("127.0.0.1", primary.port(), "mallory:any"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anUnreadableJarStopsStartUpNamingIt() throws IOException {
        byte[] whole = Files.readAllBytes(PluginSources.prefer(root.resolve("whole.jar")));
        byte[][] broken = {"not a jar at all".getBytes(), Arrays.copyOf(whole, whole.length / 2), new byte[0]};
        for (byte[] bytes : broken) {
            Path jar = Files.write(Files.createDirectories(plugins()).resolve("broken.jar"), bytes);
            assertThatThrownBy(() -> Primary.create(config(plugins(), "")))
                    .as("%d bytes", bytes.length)
                    .isInstanceOf(PluginException.class)
                    .hasMessageStartingWith("plugin jar " + jar + " cannot be read (");
        }
    }

    @Test
    void aProviderWhoseConstructorThrowsStopsStartUpNamingItsClassAndJar() {
        Path jar = new PluginJar().source("example.Unlicensed", """
                package example;

                import io.mserve.core.strategy.LoadStrategy;
                import io.mserve.core.strategy.LoadStrategyProvider;
                import io.mserve.core.strategy.StrategyContext;

                public final class Unlicensed implements LoadStrategyProvider {
                    public Unlicensed() {
                        throw new IllegalStateException("no licence key");
                    }

                    public String name() {
                        return "unlicensed";
                    }

                    public LoadStrategy create(StrategyContext context) {
                        return candidates -> candidates.get(0);
                    }
                }
                """).service(LoadStrategyProvider.class, "example.Unlicensed").writeTo(plugins().resolve("unlicensed.jar"));

        assertThatThrownBy(() -> Primary.create(config(plugins(), "")))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("cannot load a load strategy from " + jar)
                .hasMessageContaining("example.Unlicensed")
                .hasMessageContaining("no licence key");
    }

    @Test
    void aStrategyWhoseCreateThrowsStopsStartUpNamingItAndItsJar() {
        Path jar = PluginSources.strategy(plugins().resolve("picky.jar"), "picky", "Picky",
                "if (!context.settings().has(\"colour\")) throw new IllegalArgumentException("
                        + "context.settings().path() + \".colour: must be set\");");

        assertThatThrownBy(() -> Primary.create(config(plugins(), "mserve.strategy.name = picky")))
                .isInstanceOf(PluginException.class)
                .hasMessage("load strategy 'picky' (" + jar + ") failed to start: mserve.strategy.picky.colour: must be set");
    }

    @Test
    void twoPluginsWithOneNameStopStartUpNamingBothJars() {
        Path first = PluginSources.strategy(plugins().resolve("a.jar"), "twin", "First", "");
        Path second = PluginSources.strategy(plugins().resolve("b.jar"), "twin", "Second", "");

        assertThatThrownBy(() -> Primary.create(config(plugins(), "")))
                .isInstanceOf(PluginException.class)
                .hasMessage("two load strategy providers are named 'twin': example.First (" + first
                        + ") and example.Second (" + second + "); remove one");
    }

    @Test
    void aPluginCannotTakeTheNameOfAStrategyOnTheClassPath() {
        Path jar = PluginSources.strategy(plugins().resolve("mine.jar"), "least-queue", "Mine", "");

        assertThatThrownBy(() -> Primary.create(config(plugins(), "")))
                .isInstanceOf(PluginException.class)
                .hasMessage("two load strategy providers are named 'least-queue': "
                        + "io.mserve.strategy.leastqueue.LeastQueueProvider (class path) and example.Mine (" + jar
                        + "); remove one");
    }

    @Test
    void aPluginSeesTheSpiButNotThePrimarysLibraries() {
        Path jar = PluginSources.strategy(plugins().resolve("leaky.jar"), "leaky", "Leaky",
                "io.netty.buffer.Unpooled.buffer(1);");

        assertThatThrownBy(() -> Primary.create(config(plugins(), "mserve.strategy.name = leaky")))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("load strategy 'leaky' (" + jar + ") failed to start: "
                        + "java.lang.NoClassDefFoundError: io/netty/buffer/Unpooled");
    }

    @Test
    void aPluginsDirectorySetToOneThatIsNotThereStopsStartUp() {
        Path missing = root.resolve("nowhere");

        assertThatThrownBy(() -> Primary.create(config(missing, "")))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugins directory " + missing.toAbsolutePath() + " (mserve.plugins.dir) does not exist");
    }
}
