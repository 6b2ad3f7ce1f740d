package io.mserve.testkit.plugins;

import io.mserve.core.discovery.DiscoveryProvider;
import io.mserve.core.strategy.LoadStrategyProvider;
import java.nio.file.Path;

/** The plugins the tests build: small strategies written against the SPI only. */
final class PluginSources {
    private PluginSources() {}

    /** {@code prefer}: the secondary {@code mserve.strategy.prefer.id} (2 by its reference.conf) when free. */
    static Path prefer(Path jar) {
        return new PluginJar()
                .source("example.Prefer", """
                        package example;

                        import io.mserve.core.strategy.LoadStrategy;
                        import io.mserve.core.strategy.LoadStrategyProvider;
                        import io.mserve.core.strategy.StrategyContext;

                        public final class Prefer implements LoadStrategyProvider {
                            public String name() {
                                return "prefer";
                            }

                            public LoadStrategy create(StrategyContext context) {
                                long id = context.settings().number("id");
                                return candidates -> candidates.stream().filter(c -> c.id() == id).findFirst()
                                        .orElse(candidates.get(0));
                            }
                        }
                        """)
                .service(LoadStrategyProvider.class, "example.Prefer")
                .resource("reference.conf", "mserve.strategy.prefer { id = 2 }\n")
                .writeTo(jar);
    }

    /** {@code listed}: the members in its block's {@code members} list ({@code mserve.secondaries.discovery.listed}). */
    static Path listedDiscovery(Path jar) {
        return new PluginJar()
                .source("example.Listed", """
                        package example;

                        import io.mserve.core.discovery.Address;
                        import io.mserve.core.discovery.Discovery;
                        import io.mserve.core.discovery.DiscoveryContext;
                        import io.mserve.core.discovery.DiscoveryProvider;
                        import io.mserve.core.discovery.MembersListener;
                        import java.util.LinkedHashSet;
                        import java.util.Set;

                        public final class Listed implements DiscoveryProvider {
                            public String name() {
                                return "listed";
                            }

                            public Discovery create(DiscoveryContext context) {
                                Set<Address> members = new LinkedHashSet<>();
                                context.settings().texts("members").forEach(m -> members.add(Address.parse(m)));
                                return new Discovery() {
                                    public void start(MembersListener listener) {
                                        listener.members(members);
                                    }

                                    public void close() {}
                                };
                            }
                        }
                        """)
                .service(DiscoveryProvider.class, "example.Listed")
                .resource("reference.conf", "mserve.secondaries.discovery.listed { members = [] }\n")
                .writeTo(jar);
    }

    /**
     * A strategy called {@code name}, class {@code example.<className>}, whose {@code create}
     * runs {@code body} (Java statements) before it returns a strategy preferring {@code choose()}.
     */
    static Path strategy(Path jar, String name, String className, String body) {
        return new PluginJar()
                .source("example." + className, """
                        package example;

                        import io.mserve.core.strategy.LoadStrategy;
                        import io.mserve.core.strategy.LoadStrategyProvider;
                        import io.mserve.core.strategy.StrategyContext;

                        public final class %s implements LoadStrategyProvider {
                            public String name() {
                                return "%s";
                            }

                            public LoadStrategy create(StrategyContext context) {
                                %s
                                return candidates -> candidates.get(candidates.size() - 1);
                            }
                        }
                        """.formatted(className, name, body))
                .service(LoadStrategyProvider.class, "example." + className)
                .writeTo(jar);
    }
}
