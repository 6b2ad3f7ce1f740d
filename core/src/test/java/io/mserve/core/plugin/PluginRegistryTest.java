package io.mserve.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {
    @TempDir
    Path dir;

    /** A provider that cannot say its name. */
    public static final class Nameless implements LoadStrategyProvider {
        @Override
        public String name() {
            throw new UnsupportedOperationException("forgot");
        }

        @Override
        public LoadStrategy create(StrategyContext context) {
            return candidates -> candidates.get(0);
        }
    }

    /** A provider whose name is blank. */
    public static final class Blank implements LoadStrategyProvider {
        @Override
        public String name() {
            return " ";
        }

        @Override
        public LoadStrategy create(StrategyContext context) {
            return candidates -> candidates.get(0);
        }
    }

    /** A plugin whose {@code META-INF/services} lists {@code providers}, named as a jar would be. */
    private PluginSource plugin(String... providers) throws IOException {
        Path file = Files.write(Files.createDirectories(dir.resolve("META-INF/services"))
                .resolve(LoadStrategyProvider.class.getName()), List.of(providers));
        ClassLoader loader = new ClassLoader(PluginRegistryTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + LoadStrategyProvider.class.getName())
                        ? Collections.enumeration(List.of(file.toUri().toURL()))
                        : Collections.emptyEnumeration();
            }
        };
        return new PluginSource("plugins/x.jar", loader);
    }

    private static PluginRegistry<LoadStrategyProvider> load(PluginSource source) {
        return PluginRegistry.load(LoadStrategyProvider.class, "load strategy", LoadStrategyProvider::name, List.of(source));
    }

    @Test
    void aListedClassThatIsMissingIsNamedWithThePlugin() throws IOException {
        PluginSource source = plugin("example.Gone");
        assertThatThrownBy(() -> load(source))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("cannot load a load strategy from plugins/x.jar: ")
                .hasMessageContaining("example.Gone");
    }

    @Test
    void aProviderThatCannotSayItsNameIsNamedByItsClass() throws IOException {
        PluginSource source = plugin(Nameless.class.getName());
        assertThatThrownBy(() -> load(source))
                .isInstanceOf(PluginException.class)
                .hasMessage("load strategy " + Nameless.class.getName() + " (plugins/x.jar) cannot tell its name: "
                        + "java.lang.UnsupportedOperationException: forgot");
    }

    @Test
    void aBlankNameIsRefused() throws IOException {
        PluginSource source = plugin(Blank.class.getName());
        assertThatThrownBy(() -> load(source))
                .isInstanceOf(PluginException.class)
                .hasMessage("load strategy " + Blank.class.getName() + " (plugins/x.jar) has no name");
    }

    @Test
    void eachProviderIsFoundWithItsSource() throws IOException {
        PluginRegistry<LoadStrategyProvider> registry = load(plugin("", "# a comment", First.class.getName()));
        assertThat(registry.names()).containsExactly("first");
        assertThat(registry.find("first").source()).isEqualTo("plugins/x.jar");
        assertThat(registry.find("first").provider()).isInstanceOf(First.class);
    }

    /** A well-formed provider. */
    public static final class First implements LoadStrategyProvider {
        @Override
        public String name() {
            return "first";
        }

        @Override
        public LoadStrategy create(StrategyContext context) {
            return candidates -> candidates.get(0);
        }
    }
}
