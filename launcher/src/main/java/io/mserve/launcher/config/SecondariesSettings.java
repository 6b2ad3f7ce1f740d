package io.mserve.launcher.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValueType;
import io.mserve.core.config.SettingsReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The launcher's settings for secondaries, block {@code mserve.secondaries}.
 *
 * @param count             secondaries the primary starts on this host
 * @param script            the startup script each started secondary runs
 * @param command           the command template that starts one secondary (see {@link CommandTemplate}), its
 *                          {@code {sync-access}} already {@code mserve.auth.sync-access}
 * @param host              address the started secondaries listen on
 * @param basePort          port of the first started secondary; 0 for the primary's port + 1
 * @param checkPid          whether a started secondary's {@code .z.i} must be its process's pid (or a descendant's)
 * @param remote            secondaries the primary connects to but does not start
 * @param readyTimeout      longest time a started secondary may take to answer the handshake
 * @param restartBackoffMin the first wait before a restart
 * @param restartBackoffMax the longest wait before a restart
 * @param stopGrace         time between SIGTERM and SIGKILL when a secondary is stopped
 * @param outputTailLines   lines of a secondary's output kept for failure reports
 * @param discovery         the discovery that finds the members beside the started ones
 *                          ({@code discovery.provider}); its own block is {@code discovery.<name>}
 */
public record SecondariesSettings(int count, String script, List<String> command, String host, int basePort,
        boolean checkPid, List<Remote> remote, Duration readyTimeout, Duration restartBackoffMin, Duration restartBackoffMax,
        Duration stopGrace, int outputTailLines, String discovery) {

    /** The most secondaries the primary starts. */
    public static final int MAX_COUNT = 1_000;
    /** A remote secondary reached over TLS (mserve.transport.secondary-tls), as q's {@code :tcps://}. */
    private static final String TLS_SCHEME = "tls://";

    /** The keys of {@code discovery} the launcher reads: the provider's name and its own discoveries' blocks. */
    private static final Set<String> BUILT_IN_DISCOVERY_KEYS = Set.of("provider", "static", "file", "dns");

    /**
     * A secondary at {@code host:port} that the primary connects to but does not start, over TLS
     * when written {@code tls://host:port}.
     */
    public record Remote(String host, int port, boolean tls) {

        /** A plain one. */
        public Remote(String host, int port) {
            this(host, port, false);
        }

        /** {@code host:port}. */
        public String address() {
            return host + ":" + port;
        }
    }

    public SecondariesSettings {
        command = List.copyOf(command);
        remote = List.copyOf(remote);
    }

    /** The {@code host:port} of each remote secondary reached over TLS. */
    public Set<String> tlsAddresses() {
        return remote.stream().filter(Remote::tls).map(Remote::address).collect(Collectors.toUnmodifiableSet());
    }

    /** Secondaries in all: started ones (ids 1..count), then remote ones. */
    public int total() {
        return count + remote.size();
    }

    /** The port of started secondary {@code id} (1..count) when the primary listens on {@code primaryPort}. */
    public int portOf(int id, int primaryPort) {
        int base = basePort != 0 ? basePort : primaryPort + 1;
        return base + id - 1;
    }

    // What routed queries may do on a started engine is the primary's policy (the engine's --sync-access);
    // filled in here, as it is the same for every secondary.
    private static List<String> withSyncAccess(List<String> command, String access) {
        List<String> filled = new ArrayList<>(command.size());
        for (String word : command) {
            filled.add(word.replace("{sync-access}", access));
        }
        return filled;
    }

    /** Reads {@code mserve.secondaries} from a configuration that includes the reference defaults. */
    public static SecondariesSettings from(Config config) {
        return read(config, SettingsReader.of(withoutPluginBlocks(config, "mserve.secondaries"), "mserve.secondaries"));
    }

    /**
     * Reads a block laid out as {@code mserve.secondaries} (a pool's) at {@code root}; its keys
     * are checked against {@code reference}, the secondaries' reference block moved there.
     */
    static SecondariesSettings from(Config config, String root, Config reference) {
        return read(config, SettingsReader.of(withoutPluginBlocks(config, root), root, reference));
    }

    private static SecondariesSettings read(Config config, SettingsReader in) {
        int count = in.intIn("count", 0, MAX_COUNT);
        String script = in.text("script");
        String access = config.getString("mserve.auth.sync-access");
        if (config.getBoolean("mserve.auth.restricted") && access.equals("full")) {
            access = "no-system"; // -u: no client gets past no-system
        }
        List<String> command = withSyncAccess(in.strings("command"), access);
        if (command.isEmpty()) {
            in.problem("command", "must name a program to run");
        }
        String host = in.string("host");
        int basePort = in.intIn("base-port", 0, 65_535);
        if (basePort != 0 && basePort + count - 1 > 65_535) {
            in.problem("base-port", "leaves no room for " + count + " secondaries below port 65535, is " + basePort);
        }
        boolean checkPid = in.bool("check-pid");
        List<Remote> remote = remotes(in, in.strings("remote"));
        Duration readyTimeout = in.duration("ready-timeout");
        Duration min = in.duration("restart-backoff.min");
        Duration max = in.duration("restart-backoff.max");
        if (max.compareTo(min) < 0) {
            in.problem("restart-backoff.max", "must not be shorter than restart-backoff.min (" + min + "), is " + max);
        }
        Duration stopGrace = in.duration("stop-grace");
        int tail = in.intIn("output-tail-lines", 0, 10_000);
        String discovery = in.string("discovery.provider");
        SecondariesSettings settings = new SecondariesSettings(count, script, command, host, basePort, checkPid, remote,
                readyTimeout, min, max, stopGrace, tail, discovery);
        in.done();
        return settings;
    }

    /**
     * The configuration without the blocks of discoveries from plugins ({@code discovery.<name>}
     * other than the launcher's own), whose keys only their plugin knows.
     */
    private static Config withoutPluginBlocks(Config config, String root) {
        String discovery = root + ".discovery";
        if (!config.hasPath(discovery) || config.getValue(discovery).valueType() != ConfigValueType.OBJECT) {
            return config;
        }
        Config stripped = config;
        for (String key : config.getObject(discovery).keySet()) {
            if (!BUILT_IN_DISCOVERY_KEYS.contains(key)) {
                stripped = stripped.withoutPath(discovery + "." + ConfigUtil.quoteString(key));
            }
        }
        return stripped;
    }

    private static List<Remote> remotes(SettingsReader in, List<String> addresses) {
        List<Remote> remotes = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i).trim();
            boolean tls = address.startsWith(TLS_SCHEME);
            if (tls) {
                address = address.substring(TLS_SCHEME.length());
            }
            int colon = address.lastIndexOf(':');
            String host = colon < 0 ? "" : address.substring(0, colon);
            int port = -1;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(address.substring(colon + 1));
                } catch (NumberFormatException e) {
                    port = -1;
                }
            }
            // A host never holds '/': "tcps://h:p" is a scheme mistyped, not a host "tcps://h".
            if (host.isBlank() || host.contains("/") || port < 1 || port > 65_535) {
                in.problem("remote", "entry " + (i + 1) + " must be \"host:port\" or \"tls://host:port\" with a port in 1..65535, is \""
                        + addresses.get(i) + "\"");
            } else {
                remotes.add(new Remote(host, port, tls));
            }
        }
        return remotes;
    }
}
