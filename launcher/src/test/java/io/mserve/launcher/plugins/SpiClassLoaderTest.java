package io.mserve.launcher.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.auth.AuthenticatorProvider;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.spi.PluginSettings;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class SpiClassLoaderTest {
    private final SpiClassLoader spi = new SpiClassLoader(SpiClassLoaderTest.class.getClassLoader());

    @Test
    void aPluginSharesTheSpiTypesAndSlf4jWithThePrimary() throws ClassNotFoundException {
        for (Class<?> shared : new Class<?>[] {LoadStrategyProvider.class, AuthenticatorProvider.class,
                PluginSettings.class, Logger.class, String.class}) {
            assertThat(spi.loadClass(shared.getName())).as(shared.getName()).isSameAs(shared);
        }
    }

    @Test
    void aPluginDoesNotSeeThePrimarysOwnClassesNorItsLibraries() {
        for (String hidden : new String[] {"io.mserve.core.dispatch.CentralDispatcher", "io.mserve.launcher.Main",
                "io.netty.buffer.Unpooled", "com.typesafe.config.Config"}) {
            assertThatThrownBy(() -> spi.loadClass(hidden)).as(hidden).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void noResourceOfThePrimarysClassPathShowsThrough() throws IOException {
        assertThat(spi.getResource("reference.conf")).isNull();
        assertThat(spi.getResources("META-INF/services/" + LoadStrategyProvider.class.getName()).hasMoreElements()).isFalse();
    }
}
