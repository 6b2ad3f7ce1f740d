package io.mserve.core.strategy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyRegistryTest {

    /** Two providers both called "same". */
    public static final class First implements LoadStrategyProvider {
        @Override
        public String name() {
            return "same";
        }

        @Override
        public LoadStrategy create(StrategyContext context) {
            return candidates -> candidates.get(0);
        }
    }

    public static final class Second implements LoadStrategyProvider {
        @Override
        public String name() {
            return "same";
        }

        @Override
        public LoadStrategy create(StrategyContext context) {
            return candidates -> candidates.get(0);
        }
    }

    private static ClassLoader listing(Path dir, String... providers) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Path file = services.resolve(LoadStrategyProvider.class.getName());
        Files.write(file, java.util.List.of(providers));
        return new ClassLoader(StrategyRegistryTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + LoadStrategyProvider.class.getName())
                        ? Collections.enumeration(java.util.List.of(file.toUri().toURL()))
                        : super.getResources(name);
            }
        };
    }

    @Test
    void twoStrategiesWithOneNameStopStartUp(@TempDir Path dir) throws IOException {
        ClassLoader loader = listing(dir, First.class.getName(), Second.class.getName());
        assertThatThrownBy(() -> StrategyRegistry.load(loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two load strategy providers are named 'same'");
    }

    @Test
    void anUnknownNameIsReportedWithTheNamesThereAre(@TempDir Path dir) throws IOException {
        StrategyRegistry registry = StrategyRegistry.load(listing(dir, First.class.getName()));
        assertThatThrownBy(() -> registry.provider("fastest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no load strategy named 'fastest'; found: same");
    }
}
