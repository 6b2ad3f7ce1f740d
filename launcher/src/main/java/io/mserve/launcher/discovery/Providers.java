package io.mserve.launcher.discovery;

import io.mserve.core.discovery.Address;
import io.mserve.core.discovery.Discovery;
import io.mserve.core.discovery.DiscoveryContext;
import io.mserve.core.discovery.DiscoveryProvider;
import io.mserve.core.discovery.MembersListener;
import io.mserve.spi.PluginSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;

/** The discoveries that come with the launcher, listed in its {@code META-INF/services}. */
public final class Providers {
    private Providers() {}

    /** {@code static}: the {@code remote} list, once; it never changes. */
    public static final class Static implements DiscoveryProvider {
        @Override
        public String name() {
            return "static";
        }

        @Override
        public Discovery create(DiscoveryContext context) {
            return new Discovery() {
                @Override
                public void start(MembersListener members) {
                    members.members(new LinkedHashSet<>(context.remote()));
                }

                @Override
                public void close() {}
            };
        }
    }

    /** {@code file}: the lines of {@code path}, read again every {@code interval}. */
    public static final class File implements DiscoveryProvider {
        @Override
        public String name() {
            return "file";
        }

        @Override
        public Discovery create(DiscoveryContext context) {
            PluginSettings settings = context.settings();
            String path = required(settings, "path", "the members file");
            long maxBytes = settings.number("max-bytes");
            if (maxBytes < 1) {
                throw new IllegalArgumentException(settings.path() + ".max-bytes: must be positive, is " + maxBytes);
            }
            return new FileDiscovery(Path.of(path), positive(settings, "interval"), maxBytes);
        }
    }

    /** {@code dns}: the addresses of {@code name} at {@code port}, resolved again every {@code interval}. */
    public static final class Dns implements DiscoveryProvider {
        @Override
        public String name() {
            return "dns";
        }

        @Override
        public Discovery create(DiscoveryContext context) {
            PluginSettings settings = context.settings();
            String name = required(settings, "name", "the name to resolve");
            long port = settings.number("port");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(settings.path() + ".port: must be in 1..65535, is " + port);
            }
            return new DnsDiscovery(name, (int) port, positive(settings, "interval"), DnsDiscovery.Resolver.SYSTEM);
        }
    }

    private static String required(PluginSettings settings, String key, String meaning) {
        String text = settings.text(key);
        if (text.isBlank()) {
            throw new IllegalArgumentException(settings.path() + "." + key + ": must be " + meaning + ", is empty");
        }
        return text;
    }

    private static Duration positive(PluginSettings settings, String key) {
        Duration interval = settings.duration(key);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(settings.path() + "." + key + ": must be positive, is " + interval);
        }
        return interval;
    }

}
