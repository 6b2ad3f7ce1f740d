package io.mserve.launcher.discovery;

import io.mserve.core.discovery.Address;
import io.mserve.core.discovery.Discovery;
import io.mserve.core.discovery.MembersListener;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dns}: every address a name resolves to, each at one port, resolved again every
 * {@code interval}: how a Kubernetes headless service or Consul's DNS presents a pool. A name
 * that does not resolve keeps the members it had (none at start-up), with a warning.
 */
final class DnsDiscovery implements Discovery {
    private static final Logger log = LoggerFactory.getLogger(DnsDiscovery.class);

    /** Resolves a name to all its addresses; tests substitute their own. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;

        Resolver SYSTEM = InetAddress::getAllByName;
    }

    private final String name;
    private final int port;
    private final Duration interval;
    private final Resolver resolver;
    private final ScheduledExecutorService timer = Daemons.timer("mserve-discovery-dns");
    private Set<Address> last;
    private String lastProblem;

    DnsDiscovery(String name, int port, Duration interval, Resolver resolver) {
        this.name = name;
        this.port = port;
        this.interval = interval;
        this.resolver = resolver;
    }

    @Override
    public void start(MembersListener members) {
        last = resolve().orElse(Set.of());
        members.members(last);
        log.info("dns name {}: {} members at port {}, resolved every {}", name, last.size(), port, interval);
        timer.scheduleWithFixedDelay(() -> poll(members), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Resolves once now (the timer's work, for tests with their own resolver); reports a change. */
    void poll(MembersListener members) {
        resolve().ifPresent(now -> {
            if (!now.equals(last)) {
                log.info("dns name {} now resolves to {} members", name, now.size());
                last = now;
                members.members(now);
            }
        });
    }

    private Optional<Set<Address>> resolve() {
        try {
            Set<Address> found = new HashSet<>();
            for (InetAddress address : resolver.resolve(name)) {
                found.add(new Address(address.getHostAddress(), port));
            }
            lastProblem = null;
            return Optional.of(Set.copyOf(found));
        } catch (UnknownHostException | RuntimeException e) {
            String problem = "dns name " + name + " does not resolve (" + e + ")";
            if (!problem.equals(lastProblem)) {
                lastProblem = problem;
                log.warn("{}; keeping the {} members found before", problem, last == null ? 0 : last.size());
            }
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
