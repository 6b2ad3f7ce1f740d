package io.mserve.launcher.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.mserve.core.dispatch.Pools;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pools of secondaries: blocks {@code mserve.pools.<name>} (each read as
 * {@code mserve.secondaries} is, plus {@code strategy}), {@code mserve.pool-of-user} and
 * {@code mserve.default-pool}. Without {@code mserve.pools}, {@code mserve.secondaries} and
 * {@code mserve.strategy.name} are the one pool {@code default}.
 *
 * @param pools       in name order; secondaries' ids run through them in that order
 * @param defaultPool the pool of clients whose user has none
 * @param poolOfUser  user name to pool name
 */
public record PoolsSettings(List<Pool> pools, String defaultPool, Map<String, String> poolOfUser) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Keys of {@code mserve.secondaries} that say which secondaries there are: each pool's own. */
    private static final List<String> MEMBERSHIP = List.of("count", "script", "remote", "base-port");

    /**
     * One pool.
     *
     * @param strategy the name of its load strategy, configured by {@code mserve.strategy.<name>}
     */
    public record Pool(String name, SecondariesSettings secondaries, String strategy) {}

    public PoolsSettings {
        pools = List.copyOf(pools);
        poolOfUser = Map.copyOf(poolOfUser);
    }

    /** The one pool {@code default}. */
    public static PoolsSettings single(SecondariesSettings secondaries, String strategy) {
        return new PoolsSettings(List.of(new Pool(Pools.DEFAULT, secondaries, strategy)), Pools.DEFAULT, Map.of());
    }

    /** Whether the configuration names pools ({@code mserve.pools}), rather than the one pool {@code default}. */
    public boolean named() {
        return pools.size() != 1 || !pools.get(0).name().equals(Pools.DEFAULT);
    }

    /** Secondaries in all pools. */
    public int total() {
        return pools.stream().mapToInt(pool -> pool.secondaries().total()).sum();
    }

    /** The {@code host:port} of each remote secondary of any pool reached over TLS. */
    public Set<String> tlsAddresses() {
        return pools.stream().flatMap(pool -> pool.secondaries().tlsAddresses().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Each pool's strategy name, in pool order. */
    public Map<String, String> strategies() {
        Map<String, String> strategies = new LinkedHashMap<>();
        pools.forEach(pool -> strategies.put(pool.name(), pool.strategy()));
        return strategies;
    }

    /**
     * The port of the first started secondary of each pool, in pool order, when the primary
     * listens on {@code primaryPort}: its {@code base-port}, else the port after the previous
     * pool's last (the first pool's: the primary's port + 1).
     */
    public List<Integer> basePorts(int primaryPort) {
        return basePorts(pools, primaryPort);
    }

    private static List<Integer> basePorts(List<Pool> pools, int primaryPort) {
        List<Integer> bases = new ArrayList<>();
        int next = primaryPort + 1;
        for (Pool pool : pools) {
            int base = pool.secondaries().basePort() != 0 ? pool.secondaries().basePort() : next;
            bases.add(base);
            next = base + pool.secondaries().count();
        }
        return bases;
    }

    /**
     * Reads the pools of a resolved configuration that includes the reference defaults.
     *
     * @param secondaries {@code mserve.secondaries}, already read: the one pool when there are no others
     * @param strategy    {@code mserve.strategy.name}: the strategy of a pool that names none
     * @param strategies  the names of the strategies found
     * @throws ConfigException.ValidationFailed listing every problem, each with its key path
     */
    public static PoolsSettings from(Config config, SecondariesSettings secondaries, String strategy,
            Set<String> strategies) {
        List<ConfigException.ValidationProblem> problems = new ArrayList<>();
        ConfigObject blocks = object(config, "mserve.pools", problems);
        List<Pool> pools = new ArrayList<>();
        if (blocks == null || blocks.isEmpty()) {
            pools.add(new Pool(Pools.DEFAULT, secondaries, strategy));
        } else {
            membershipLeftInSecondaries(config, problems);
            Config reference = ConfigFactory.defaultReference(PoolsSettings.class.getClassLoader())
                    .getConfig("mserve.secondaries");
            Config shared = config.getConfig("mserve.secondaries");
            for (String key : MEMBERSHIP) {
                shared = shared.withoutPath(key);
            }
            shared = shared.withFallback(reference);
            for (String name : new TreeMap<>(blocks).keySet()) {
                Pool pool = pool(config, name, blocks.get(name), shared, reference, strategy, strategies, problems);
                if (pool != null) {
                    pools.add(pool);
                }
            }
            portsOverlap(config, pools, problems);
        }
        List<String> names = pools.stream().map(Pool::name).toList();
        String defaultPool = defaultPool(config, names, problems);
        Map<String, String> poolOfUser = poolOfUser(config, names, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException.ValidationFailed(problems);
        }
        return new PoolsSettings(pools, defaultPool, poolOfUser);
    }

    private static Pool pool(Config config, String name, ConfigValue block, Config shared, Config reference,
            String strategy, Set<String> strategies, List<ConfigException.ValidationProblem> problems) {
        String root = ConfigUtil.joinPath("mserve", "pools", name);
        if (!NAME.matcher(name).matches()) {
            problems.add(new ConfigException.ValidationProblem(root, block.origin(),
                    "a pool's name is a q name: a letter, then letters, digits or _"));
            return null;
        }
        if (block.valueType() != ConfigValueType.OBJECT) {
            problems.add(new ConfigException.ValidationProblem(root, block.origin(),
                    "must be a block like mserve.secondaries (count, script, remote, …, strategy)"));
            return null;
        }
        Config own = ((ConfigObject) block).toConfig();
        String poolStrategy = strategy;
        if (own.hasPath("strategy")) {
            ConfigValue named = own.getValue("strategy");
            poolStrategy = named.valueType() == ConfigValueType.STRING ? (String) named.unwrapped() : "";
            if (!strategies.contains(poolStrategy)) {
                problems.add(new ConfigException.ValidationProblem(root + ".strategy", named.origin(),
                        "no load strategy named '" + named.unwrapped() + "'; found: " + String.join(", ", strategies)));
            }
        }
        // mserve.auth too: the secondaries' command takes its sync-access.
        Config laidOut = own.withoutPath("strategy").withFallback(shared).atPath(root)
                .withFallback(config.withOnlyPath("mserve.auth"));
        SecondariesSettings secondaries;
        try {
            secondaries = SecondariesSettings.from(laidOut, root, reference.atPath(root));
        } catch (ConfigException.ValidationFailed failed) {
            failed.problems().forEach(problems::add);
            return null;
        }
        if (secondaries.total() == 0) {
            problems.add(new ConfigException.ValidationProblem(root, block.origin(),
                    "has no secondaries: give it a count or a remote list"));
        }
        return new Pool(name, secondaries, poolStrategy);
    }

    /** With pools, which secondaries there are is each pool's to say, not {@code mserve.secondaries}'. */
    private static void membershipLeftInSecondaries(Config config, List<ConfigException.ValidationProblem> problems) {
        if (intOr(config, "mserve.secondaries.count", 0) != 0) {
            problems.add(new ConfigException.ValidationProblem("mserve.secondaries.count",
                    config.getValue("mserve.secondaries.count").origin(),
                    "with mserve.pools, each pool has its own count; leave this at 0"));
        }
        if (config.getValue("mserve.secondaries.remote") instanceof ConfigList remote && !remote.isEmpty()) {
            problems.add(new ConfigException.ValidationProblem("mserve.secondaries.remote",
                    config.getValue("mserve.secondaries.remote").origin(),
                    "with mserve.pools, each pool has its own remote list; leave this empty"));
        }
    }

    /**
     * Started secondaries of two pools on the same ports, or one remote address in two pools. Ports
     * that follow the primary's are compared with fixed ones only when the primary's port is fixed.
     */
    private static void portsOverlap(Config config, List<Pool> pools, List<ConfigException.ValidationProblem> problems) {
        int primary = intOr(config, "mserve.transport.port", 0);
        List<Integer> bases = basePorts(pools, primary);
        // Whether a pool's ports are fixed, not following the primary's: its own base-port or a fixed pool before it.
        boolean[] fixed = new boolean[pools.size()];
        Map<String, String> remotes = new HashMap<>();
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            fixed[i] = pool.secondaries().basePort() != 0 || i > 0 && fixed[i - 1];
            String root = ConfigUtil.joinPath("mserve", "pools", pool.name());
            int count = pool.secondaries().count();
            for (int j = 0; j < i && count > 0; j++) {
                Pool other = pools.get(j);
                boolean comparable = primary != 0 || fixed[i] == fixed[j];
                if (comparable && other.secondaries().count() > 0 && bases.get(i) < bases.get(j) + other.secondaries().count()
                        && bases.get(j) < bases.get(i) + count) {
                    problems.add(new ConfigException.ValidationProblem(root + ".base-port", origin(config, root + ".base-port"),
                            "its ports " + range(bases.get(i), count) + " overlap pool " + other.name() + "'s "
                                    + range(bases.get(j), other.secondaries().count())));
                }
            }
            for (SecondariesSettings.Remote remote : pool.secondaries().remote()) {
                String other = remotes.putIfAbsent(remote.address(), pool.name());
                if (other != null && !other.equals(pool.name())) {
                    problems.add(new ConfigException.ValidationProblem(root + ".remote", origin(config, root + ".remote"),
                            remote.address() + " is also in pool " + other));
                }
            }
        }
    }

    /** The integer at {@code path}, or {@code otherwise} when it is malformed (reported by its own block's reader). */
    private static int intOr(Config config, String path, int otherwise) {
        try {
            return config.getInt(path);
        } catch (ConfigException e) {
            return otherwise;
        }
    }

    private static String range(int base, int count) {
        return count == 1 ? Integer.toString(base) : base + ".." + (base + count - 1);
    }

    private static String defaultPool(Config config, List<String> names, List<ConfigException.ValidationProblem> problems) {
        ConfigValue value = config.getValue("mserve.default-pool");
        if (value.valueType() != ConfigValueType.STRING) {
            problems.add(new ConfigException.ValidationProblem("mserve.default-pool", value.origin(), "must be a pool's name"));
            return names.isEmpty() ? "" : names.get(0);
        }
        String named = (String) value.unwrapped();
        if (names.isEmpty()) {
            return named;
        }
        if (named.isEmpty()) {
            if (names.contains(Pools.DEFAULT) || names.size() == 1) {
                return names.contains(Pools.DEFAULT) ? Pools.DEFAULT : names.get(0);
            }
            problems.add(new ConfigException.ValidationProblem("mserve.default-pool", origin(config, "mserve.default-pool"),
                    "must name one of the pools (" + String.join(", ", names) + "), as there are several"));
            return names.get(0);
        }
        if (!names.contains(named)) {
            problems.add(new ConfigException.ValidationProblem("mserve.default-pool", origin(config, "mserve.default-pool"),
                    "no pool named '" + named + "'; pools: " + String.join(", ", names)));
        }
        return named;
    }

    private static Map<String, String> poolOfUser(Config config, List<String> names,
            List<ConfigException.ValidationProblem> problems) {
        ConfigObject users = object(config, "mserve.pool-of-user", problems);
        Map<String, String> poolOfUser = new HashMap<>();
        if (users == null) {
            return poolOfUser;
        }
        for (Map.Entry<String, ConfigValue> user : users.entrySet()) {
            String path = ConfigUtil.joinPath("mserve", "pool-of-user", user.getKey());
            ConfigValue value = user.getValue();
            if (value.valueType() != ConfigValueType.STRING) {
                problems.add(new ConfigException.ValidationProblem(path, value.origin(), "must be a pool's name"));
            } else if (!names.isEmpty() && !names.contains((String) value.unwrapped())) {
                problems.add(new ConfigException.ValidationProblem(path, value.origin(),
                        "no pool named '" + value.unwrapped() + "'; pools: " + String.join(", ", names)));
            } else {
                poolOfUser.put(user.getKey(), (String) value.unwrapped());
            }
        }
        return poolOfUser;
    }

    private static ConfigObject object(Config config, String path, List<ConfigException.ValidationProblem> problems) {
        try {
            return config.hasPath(path) ? config.getObject(path) : null;
        } catch (ConfigException.WrongType e) {
            problems.add(new ConfigException.ValidationProblem(path, e.origin(), "must be a block: " + e.getMessage()));
            return null;
        }
    }

    private static ConfigOrigin origin(Config config, String path) {
        return config.hasPath(path) ? config.getValue(path).origin() : config.origin();
    }
}
