package io.mserve.engine.ops.ipc;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import org.junit.jupiter.api.Test;

/** {@code .Q.addr .Q.host} (ref/dotq.md): the system's resolver, IPv4 addresses as ints. */
class HostsTest {
    @Test
    void aDottedAddressNeedsNoLookUp() {
        assertPrints(".Q.addr`$\"127.0.0.1\"", "2130706433i");
        assertPrints(".Q.addr`$\"104.130.139.23\"", "1753385751i");
        assertPrints(".Q.addr`$\"255.255.255.255\"", "-1i");
    }

    @Test
    void localhostResolvesAndNonsenseGivesMinusOne() {
        assertPrints(".Q.addr`localhost", "2130706433i");
        assertPrints(".Q.addr`$\"no-such-host.invalid\"", "-1i");
    }

    @Test
    void theLoopbackAddressIsNamed() {
        assertPrints("null .Q.host 2130706433i", "0b");
        assertPrints("type .Q.host 2130706433i", "-11h");
    }

    @Test
    void argumentsOfTheWrongTypeSignal() {
        assertSignals(".Q.addr \"localhost\"", "type");
        assertSignals(".Q.host 2130706433", "type");
    }
}
