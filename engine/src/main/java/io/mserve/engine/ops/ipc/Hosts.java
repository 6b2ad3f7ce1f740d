package io.mserve.engine.ops.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code .Q.addr} and {@code .Q.host}: IPv4 addresses as ints (127.0.0.1 is 2130706433i) and host names, through the system's resolver. */
public final class Hosts {
    private Hosts() {}

    /** {@code .Q.addr `host}: the host's first IPv4 address; a dotted address needs no look-up; {@code -1i} when none. */
    public static K addr(K host) {
        if (!(host instanceof SymbolAtom s)) {
            throw QException.type();
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(s.value())) {
                if (a instanceof Inet4Address) {
                    byte[] b = a.getAddress();
                    return Q.i((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
                }
            }
        } catch (UnknownHostException e) {
            // q answers -1i, as below
        }
        return Q.i(-1);
    }

    /** {@code .Q.host ip}: the name of the host at IPv4 address {@code ip} (an int), or {@code `} when it has none. */
    public static K host(K ip) {
        if (!(ip instanceof IntAtom i)) {
            throw QException.type();
        }
        int v = i.value();
        try {
            InetAddress a = InetAddress.getByAddress(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
            String name = a.getHostName();
            return Q.s(name.equals(a.getHostAddress()) ? "" : name);
        } catch (UnknownHostException e) {
            return Q.s("");
        }
    }
}
