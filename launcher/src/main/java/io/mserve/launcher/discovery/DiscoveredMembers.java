package io.mserve.launcher.discovery;

import io.mserve.core.discovery.Address;
import io.mserve.core.discovery.Discovery;
import io.mserve.core.plugin.PluginException;
import io.mserve.launcher.secondary.Supervisor;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the supervisor's remote members in step with a {@link Discovery}: its first report is the
 * start-up's set; in each later one, a new address joins (retried until it answers) and one
 * missing leaves (drained, then disconnected). Members added or removed by an admin are not
 * undone; an address is compared with the previous report only.
 */
public final class DiscoveredMembers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscoveredMembers.class);

    private final String provider;
    private final String source;
    private final Discovery discovery;
    private final Supervisor supervisor;
    /** The last report applied; guarded by this. */
    private Set<Address> known;
    /** A report that came while the supervisor was starting; guarded by this. */
    private Set<Address> pending;
    private boolean closed;

    /**
     * @param provider the discovery's name
     * @param source   where its provider came from ({@code class path} or a plugin), for errors
     */
    public DiscoveredMembers(String provider, String source, Discovery discovery, Supervisor supervisor) {
        this.provider = provider;
        this.source = source;
        this.discovery = discovery;
        this.supervisor = supervisor;
    }

    /**
     * Starts the discovery, then the supervisor with its first report.
     *
     * @return how many secondaries are up, as {@link Supervisor#start(int, java.util.Collection)}
     * @throws PluginException when the discovery cannot start (a bad members file, say), naming it
     */
    public int start(int primaryPort) {
        try {
            discovery.start(this::reported);
        } catch (RuntimeException e) {
            throw PluginException.failedToStart("discovery", provider, source, e);
        }
        Set<Address> first;
        synchronized (this) {
            first = pending == null ? Set.of() : pending;
            pending = null;
        }
        log.info("secondaries beside those started: {} from discovery '{}'", first.size(), provider);
        int up = supervisor.start(primaryPort, first);
        synchronized (this) {
            known = new HashSet<>(first);
            if (pending != null) {
                apply(pending);
                pending = null;
            }
        }
        return up;
    }

    private synchronized void reported(Set<Address> members) {
        if (closed) {
            return;
        }
        if (known == null) {
            // In the order reported: the static list's order is its members' ids.
            pending = Collections.unmodifiableSet(new LinkedHashSet<>(members));
        } else {
            apply(members);
        }
    }

    private void apply(Set<Address> members) {
        for (Address address : members) {
            if (!known.contains(address)) {
                try {
                    supervisor.join(address, supervisor.defaultPool(), true).whenComplete((id, error) -> {
                        if (error == null) {
                            log.info("secondary {} on {} (discovery '{}') is up", id, address, provider);
                        }
                    });
                } catch (IllegalArgumentException e) {
                    log.info("discovery '{}' reports {}, already a member: {}", provider, address, e.getMessage());
                }
            }
        }
        for (Address address : known) {
            if (!members.contains(address)) {
                supervisor.members().stream().filter(m -> m.address().equals(address)).findFirst()
                        .ifPresent(m -> supervisor.leave(m.id()));
            }
        }
        known = new HashSet<>(members);
    }

    /** Stops the discovery; members stay until the supervisor closes. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        discovery.close();
    }
}
