package io.mserve.launcher.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import io.mserve.core.auth.AuthSettings;
import io.mserve.launcher.metrics.MetricsSettings;
import io.mserve.core.dispatch.DispatchSettings;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.ipc.netty.TransportSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The whole configuration of a primary, checked once at start-up: the raw {@link Config} (for
 * plugins' own blocks) and each module's typed settings. Nothing reads a key after this.
 *
 * @param config      the resolved configuration, reference defaults included
 * @param transport   block {@code mserve.transport}
 * @param dispatch    block {@code mserve.dispatch}
 * @param secondaries block {@code mserve.secondaries}
 * @param strategy    {@code mserve.strategy.name}, a strategy found on the class path or in a plugin
 * @param auth        block {@code mserve.auth}, its users file read and checked
 * @param metrics     block {@code mserve.metrics}
 * @param pools       blocks {@code mserve.pools}, {@code mserve.pool-of-user}, {@code mserve.default-pool};
 *                    without pools, {@code secondaries} and {@code strategy} as the one pool {@code default}
 */
public record LauncherConfig(Config config, TransportSettings transport, DispatchSettings dispatch,
        SecondariesSettings secondaries, String strategy, AuthSettings auth, MetricsSettings metrics,
        PoolsSettings pools) {

    /**
     * Checks {@code config} (which must include the reference defaults, as
     * {@code ConfigFactory.load()} does) and reads every module's settings; the strategy and
     * the authenticator it names must be among those found.
     *
     * @throws ConfigException.ValidationFailed listing every problem found, each with its key path
     */
    public static LauncherConfig validate(Config config, StrategyRegistry strategies, Set<String> authenticators) {
        List<ConfigException.ValidationProblem> problems = new ArrayList<>();
        Config resolved;
        try {
            resolved = config.resolve();
        } catch (ConfigException e) {
            throw new ConfigException.ValidationFailed(List.of(problem(e)));
        }
        unknownBlocks(resolved, problems);
        unknownStrategyBlocks(resolved, strategies, problems);
        TransportSettings transport = read(() -> TransportSettings.from(resolved), problems);
        DispatchSettings dispatch = read(() -> DispatchSettings.from(resolved), problems);
        SecondariesSettings secondaries = read(() -> SecondariesSettings.from(resolved), problems);
        String strategy = read(() -> resolved.getString("mserve.strategy.name"), problems);
        AuthSettings auth = read(() -> AuthSettings.from(resolved), problems);
        MetricsSettings metrics = read(() -> MetricsSettings.from(resolved), problems);
        if (strategy != null && !strategies.names().contains(strategy)) {
            problems.add(new ConfigException.ValidationProblem("mserve.strategy.name",
                    resolved.getValue("mserve.strategy.name").origin(),
                    "no load strategy named '" + strategy + "'; found: " + String.join(", ", strategies.names())));
        }
        if (auth != null && auth.plugin().isPresent() && !authenticators.contains(auth.plugin().get())) {
            problems.add(new ConfigException.ValidationProblem("mserve.auth.authenticator",
                    resolved.getValue("mserve.auth.authenticator").origin(),
                    "no authenticator named '" + auth.plugin().get() + "'; found: " + String.join(", ", authenticators)));
        }
        PoolsSettings pools = secondaries == null || strategy == null ? null
                : read(() -> PoolsSettings.from(resolved, secondaries, strategy, strategies.names()), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException.ValidationFailed(problems);
        }
        return new LauncherConfig(resolved, transport, dispatch, secondaries, strategy, auth, metrics, pools);
    }

    /** Blocks directly under {@code mserve} that no module's reference defines. */
    private static void unknownBlocks(Config config, List<ConfigException.ValidationProblem> problems) {
        Config reference = ConfigFactory.defaultReference(Thread.currentThread().getContextClassLoader());
        if (!config.hasPath("mserve") || !reference.hasPath("mserve")) {
            return;
        }
        try {
            for (Map.Entry<String, ConfigValue> entry : config.getObject("mserve").entrySet()) {
                if (!reference.getObject("mserve").containsKey(entry.getKey())) {
                    problems.add(new ConfigException.ValidationProblem("mserve." + entry.getKey(),
                            entry.getValue().origin(), "unknown key (misspelt? see reference.conf)"));
                }
            }
        } catch (ConfigException.WrongType e) {
            problems.add(problem(e));
        }
    }

    /** Under {@code mserve.strategy}: {@code name}, and a block per strategy found. */
    private static void unknownStrategyBlocks(Config config, StrategyRegistry strategies,
            List<ConfigException.ValidationProblem> problems) {
        try {
            if (!config.hasPath("mserve.strategy")) {
                return;
            }
            for (Map.Entry<String, ConfigValue> entry : config.getObject("mserve.strategy").entrySet()) {
                if (!entry.getKey().equals("name") && !strategies.names().contains(entry.getKey())) {
                    problems.add(new ConfigException.ValidationProblem("mserve.strategy." + entry.getKey(),
                            entry.getValue().origin(), "unknown key: neither 'name' nor a strategy's block (found: "
                                    + String.join(", ", strategies.names()) + ")"));
                }
            }
        } catch (ConfigException e) {
            problems.add(problem(e));
        }
    }

    private static <T> T read(Supplier<T> reader, List<ConfigException.ValidationProblem> problems) {
        try {
            return reader.get();
        } catch (ConfigException.ValidationFailed failed) {
            failed.problems().forEach(problems::add);
        } catch (ConfigException e) {
            problems.add(problem(e));
        }
        return null;
    }

    private static ConfigException.ValidationProblem problem(ConfigException e) {
        return new ConfigException.ValidationProblem("mserve", e.origin(), e.getMessage());
    }

    /**
     * The problems of a failed configuration as one message, a line per problem:
     * {@code mserve.secondaries.count: must be between 0 and 1000, is -1 (mserve.conf: 3)}.
     */
    public static String describe(ConfigException e) {
        StringBuilder text = new StringBuilder("bad configuration:");
        if (e instanceof ConfigException.ValidationFailed) {
            for (ConfigException.ValidationProblem problem : ((ConfigException.ValidationFailed) e).problems()) {
                text.append("\n  ").append(problem.path()).append(": ").append(problem.problem());
                if (problem.origin() != null) {
                    text.append(" (").append(problem.origin().description()).append(')');
                }
            }
        } else {
            text.append("\n  ").append(e.getMessage());
        }
        return text.toString();
    }
}
