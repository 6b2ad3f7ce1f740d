package io.mserve.launcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.discovery.Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The dns discovery: every address of a name at one port, resolved again; a failed lookup keeps the members. */
class DnsDiscoveryTest {
    private final List<Set<Address>> reports = new CopyOnWriteArrayList<>();

    @Test
    void localhostResolvesToTheLoopbackAddresses() throws Exception {
        try (DnsDiscovery dns = new DnsDiscovery("localhost", 5002, Duration.ofHours(1), DnsDiscovery.Resolver.SYSTEM)) {
            dns.start(reports::add);
        }
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).isNotEmpty().allSatisfy(a -> {
            assertThat(a.port()).isEqualTo(5002);
            assertThat(InetAddress.getByName(a.host()).isLoopbackAddress()).as(a.host()).isTrue();
        });
    }

    @Test
    void eachNewAnswerIsReportedAndAFailedLookupKeepsTheMembers() throws Exception {
        Deque<Object> answers = new ArrayDeque<>(List.of(
                addresses("10.0.0.1"), addresses("10.0.0.2", "10.0.0.1"), addresses("10.0.0.1", "10.0.0.2"),
                new UnknownHostException("pool.svc"), addresses("10.0.0.2")));
        DnsDiscovery.Resolver resolver = name -> {
            Object next = answers.poll();
            if (next instanceof UnknownHostException e) {
                throw e;
            }
            return (InetAddress[]) next;
        };
        try (DnsDiscovery dns = new DnsDiscovery("pool.svc", 5002, Duration.ofHours(1), resolver)) {
            dns.start(reports::add);
            for (int i = 0; i < 4; i++) {
                dns.poll(reports::add);
            }
        }
        assertThat(reports).containsExactly(Set.of(new Address("10.0.0.1", 5002)),
                Set.of(new Address("10.0.0.1", 5002), new Address("10.0.0.2", 5002)),
                Set.of(new Address("10.0.0.2", 5002)));
    }

    @Test
    void aNameThatDoesNotResolveAtStartHasNoMembersYet() {
        try (DnsDiscovery dns = new DnsDiscovery("x", 5002, Duration.ofHours(1), name -> {
            throw new UnknownHostException(name);
        })) {
            dns.start(reports::add);
        }
        assertThat(reports).containsExactly(Set.of());
    }

    private static InetAddress[] addresses(String... ips) throws UnknownHostException {
        InetAddress[] all = new InetAddress[ips.length];
        for (int i = 0; i < ips.length; i++) {
            all[i] = InetAddress.getByName(ips[i]);
        }
        return all;
    }
}
