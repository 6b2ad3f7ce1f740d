package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.wire.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The session's server (-p) checks every message's length against the bytes that arrive: a
 * length that promises more is waited for, never allocated; one too short for its own header,
 * one over the limit or a body that does not decode closes that connection; the server serves on.
 */
class ServerFramingTest {
    private static final HexFormat HEX = HexFormat.of();
    /** "1+1" as a little-endian sync message, and its reply 2. */
    private static final String ONE_PLUS_ONE = "01010000" + "11000000" + "0a0003000000" + "312b31";
    private static final String TWO = "01020000" + "11000000" + "f90200000000000000";

    @RegisterExtension
    final ServedSession served = new ServedSession();

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", served.port());
        s.setSoTimeout(3000);
        s.getOutputStream().write(Credentials.handshake("user:"));
        assertThat(s.getInputStream().read()).isGreaterThanOrEqualTo(0);
        return s;
    }

    // What the server sends back before it closes or goes quiet for a moment, as hex; "closed" at the end if it closed.
    private String answer(String sent) throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(HEX.parseHex(sent));
            s.setSoTimeout(500);
            InputStream in = s.getInputStream();
            StringBuilder got = new StringBuilder();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    got.append(String.format("%02x", b));
                }
                return got.append("closed").toString();
            } catch (SocketTimeoutException e) {
                return got.toString();
            }
        }
    }

    private void stillServes() throws IOException {
        assertThat(answer(ONE_PLUS_ONE)).as("a new connection's 1+1").isEqualTo(TWO);
    }

    @Test
    void aLengthThatPromisesMoreThanArrivesIsWaitedForNotAllocated() throws IOException {
        assertThat(answer("01010000" + "ffffff7f" + "0a0003000000" + "312b31")).isEmpty();
        stillServes();
    }

    @Test
    void aLengthShorterThanTheHeaderClosesTheConnection() throws IOException {
        assertThat(answer("01010000" + "00000000" + ONE_PLUS_ONE)).isEqualTo("closed");
        assertThat(answer("01010000" + "07000000" + ONE_PLUS_ONE)).isEqualTo("closed");
        stillServes();
    }

    @Test
    void aLengthOverTheLimitClosesTheConnection() throws IOException {
        assertThat(answer("01010000" + "ffffffff" + "0a00")).isEqualTo("closed");
        stillServes();
    }

    @Test
    void aMessageCutShortOrWithABodyThatDoesNotDecodeClosesTheConnection() throws IOException {
        assertThat(answer("01010000" + "11000000" + "0a0009000000" + "312b31")).as("a count over the bytes").isEqualTo("closed");
        assertThat(answer("01010000" + "10000000" + "f9010000" + "00000000")).as("a long with a missing byte").isEqualTo("closed");
        assertThat(answer("01010000" + "0a000000" + "ee00")).as("no such type").isEqualTo("closed");
        stillServes();
    }

    @Test
    void aTruncatedMessageAndAClosedConnectionLeaveTheServerServing() throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(HEX.parseHex("01010000" + "11000000" + "0a00"));
        }
        stillServes();
    }
}
