package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.value.Q;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageType;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hopen} and the handles it gives: its forms and timeout (ref/hopen.md), a connection
 * the far side closes (it leaves {@code .z.H} and {@code .z.pc} runs, ref/dotz.md), handle 0,
 * and replies that lie: every length is checked against the bytes that arrive.
 */
class ClientHandleTest {
    private static final HexFormat HEX = HexFormat.of();

    @RegisterExtension
    final ServerAndClient sessions = new ServerAndClient();

    @Test
    void hopenTakesEachFormOfTheDocs() throws Exception {
        sessions.onServer(".z.pg:{(.z.u;value x)}");
        for (String address : new String[] {"`::" + sessions.port(), "`:127.0.0.1:" + sessions.port(), "`:localhost:" + sessions.port(),
            "\":127.0.0.1:" + sessions.port() + "\"", "(`::" + sessions.port() + ";1000)", "(\":localhost:" + sessions.port() + "\";1000i)", "" + sessions.port()}) {
            assertThat(sessions.printedOnClient("h:hopen " + address + "; r:h \"1+1\"; hclose h; last r")).as(address).isEqualTo("2");
        }
        assertThat(sessions.printedOnClient("h:hopen (`:127.0.0.1:" + sessions.port() + ":elmo:sesame;1000); r:h \"2+2\"; hclose h; first r"))
                .isEqualTo("`elmo");
    }

    @Test
    void aServerThatDoesNotAnswerTheHandshakeInTimeIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            long start = System.nanoTime();
            assertThat(sessions.printedOnClient("hopen (`::" + silent.getLocalPort() + ";200)")).isEqualTo("'timeout");
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        }
    }

    @Test
    void aRefusedConnectionIsHop() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        assertThat(sessions.printedOnClient("hopen `::" + free)).startsWith("'hop. OS reports: ");
    }

    @Test
    void aConnectionTheFarSideClosesLeavesTheHandlesAndRunsZpcWithItsHandle() throws Exception {
        sessions.onClient("closed:(); .z.pc:{closed::closed,x}; h:hopen `::" + sessions.port());
        assertThat(sessions.onClient("h in .z.H")).isEqualTo(Q.TRUE);
        // the server may register the connection only after the client's hopen returns
        await(() -> sessions.onServer("count .z.H"), Q.j(1));
        sessions.onServer("hclose each .z.H");
        int h = ((IntAtom) sessions.onClient("h")).value();
        awaitOnClient("closed", Q.ints(h));
        assertThat(sessions.onClient("h in .z.H")).isEqualTo(Q.FALSE);
        assertThat(sessions.onClient("h in key .z.W")).isEqualTo(Q.FALSE);
        assertThat(sessions.printedOnClient("h \"1+1\"")).isEqualTo("'Cannot write to handle " + h + ". OS reports: Bad file descriptor");
    }

    @Test
    void hcloseDoesNotRunZpc() throws Exception {
        sessions.onClient("closed:(); .z.pc:{closed::closed,x}; h:hopen `::" + sessions.port() + "; hclose h");
        Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5))
                .until(() -> sessions.onClient("count closed").equals(Q.j(0)));
        assertThat(sessions.onClient("h in .z.H")).isEqualTo(Q.FALSE);
    }

    @Test
    void aSyncCallWhoseConnectionDropsSignalsCloseAndRunsZpc() throws Exception {
        sessions.onServer(".z.pg:{hclose .z.w; 1}");
        sessions.onClient("closed:(); .z.pc:{closed::closed,x}; h:hopen `::" + sessions.port());
        assertThat(sessions.printedOnClient("h \"1+1\"")).isEqualTo("'close");
        assertThat(sessions.onClient("closed~enlist h")).isEqualTo(Q.TRUE);
    }

    @Test
    void messagesTheFarSidePushesToAnIdleClientAreServedByZps() throws Exception {
        // the tickerplant pattern: a subscriber gets (`upd;...) on the handle it opened
        sessions.onClient("got:(); upd:{got::got,x}; h:hopen `::" + sessions.port());
        sessions.onClient("(neg h) \"(neg .z.w) (`upd;1 2)\"");
        awaitOnClient("got", Q.longs(1, 2));
    }

    @Test
    void handleZeroIsThisSessionThroughZps() throws Exception {
        // ref/dotz.md: .z.ps is used in preference to .z.pg for handle 0
        sessions.onClient(".z.ps:{seen::x; value x}; .z.pg:{'pg}");
        assertThat(sessions.onClient("0 \"2+2\"")).isEqualTo(Q.j(4));
        assertThat(Q.text(sessions.onClient("seen"))).isEqualTo("2+2");
        assertThat(sessions.onClient("0 (+;2;2)")).isEqualTo(Q.j(4));
        assertThat(Q.text(sessions.onClient("@[0;\"1+`a\";{x}]"))).isEqualTo("type");
    }

    @Test
    void aTruncatedReplyEndsTheConnectionAsClose() throws Exception {
        byte[] reply = Arrays.copyOf(reply("til 10"), 20);
        assertThat(askFake(reply)).isEqualTo("'close");
    }

    @Test
    void aReplyClaimingTwoGigabytesIsReadAsItArrivesNotAllocated() throws Exception {
        byte[] reply = HEX.parseHex("01020000f0ffff7f0700");
        assertThat(askFake(reply)).isEqualTo("'close");
    }

    @Test
    void aMalformedReplyIsBadmsgAndTheHandleIsClosed() throws Exception {
        for (String hex : new String[] {
            "010200000e000000030000000000", // type 3 does not exist
            "070200000a0000000600", // byte order 7
            "010200000c000000f9010000", // a long cut short inside a right length
            "010200000b000000ff0100", // bytes left after the value
            "010201001400000000000040ffffffff00000000"}) { // compressed, claiming 1 GB
            sessions.onClient("closed:(); .z.pc:{closed::closed,x}");
            assertThat(askFake(HEX.parseHex(hex))).as(hex).isEqualTo("'badmsg");
            assertThat(sessions.onClient("count .z.H")).as(hex).isEqualTo(Q.j(0));
            assertThat(sessions.onClient("count closed")).as(hex).isEqualTo(Q.j(1));
        }
    }

    @Test
    void aLambdaThatDoesNotParseIsABadLambdaOnTheFarSide() throws Exception {
        // basics/errors.md: 'bad lambda; sent as raw bytes: ({x+1 without braces};1)
        byte[] body = HEX.parseHex("0000020000006400" + "0a0003000000782b31" + "f90100000000000000");
        try (Socket raw = new Socket("127.0.0.1", sessions.port())) {
            raw.getOutputStream().write(Credentials.handshake("raw:"));
            assertThat(raw.getInputStream().read()).isEqualTo(3);
            raw.getOutputStream().write(message(MessageType.SYNC, body));
            byte[] answer = raw.getInputStream().readNBytes(8 + 12);
            assertThat(new String(answer, 9, 10)).isEqualTo("bad lambda");
        }
    }

    @Test
    void readingAMessageChecksEveryLengthAgainstTheBytesThatArrive() throws Exception {
        byte[] whole = reply("`a`b!(1 2;{x+y})");
        assertThat(ClientHandle.read(new ByteArrayInputStream(whole)).value().type()).isEqualTo(99);
        for (int n = 0; n < whole.length; n++) {
            InputStream cut = new ByteArrayInputStream(Arrays.copyOf(whole, n));
            assertThatThrownBy(() -> ClientHandle.read(cut)).as("cut at %d", n).isInstanceOf(EOFException.class);
        }
        for (int at = 0; at < whole.length; at++) {
            for (int b : new int[] {0, 1, 0x7f, 0x80, 0xff}) {
                byte[] mutated = whole.clone();
                mutated[at] = (byte) b;
                try {
                    assertThat(ClientHandle.read(new ByteArrayInputStream(mutated)).value()).isNotNull();
                } catch (MalformedMessageException | EOFException expected) {
                    // a lie the reader saw through
                }
            }
        }
        byte[] compressed = Compression.compress(reply("til 1000"));
        assertThat(ClientHandle.read(new ByteArrayInputStream(compressed)).value().count()).isEqualTo(1000);
    }

    // Opens a handle to a peer that answers the first message with reply, then closes.
    private String askFake(byte[] reply) throws Exception {
        try (ServerSocket fake = new ServerSocket(0)) {
            Thread peer = new Thread(() -> {
                try (Socket s = fake.accept()) {
                    InputStream in = s.getInputStream();
                    while (in.read() > 0) {
                        // the login, up to its NUL
                    }
                    s.getOutputStream().write(3);
                    byte[] header = in.readNBytes(8);
                    in.readNBytes(ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() - 8);
                    s.getOutputStream().write(reply);
                    s.getOutputStream().flush();
                    // Its end follows the reply (FIN, not a reset: all the client sent has been read).
                    s.shutdownOutput();
                } catch (Exception e) {
                    // the test sees what the client made of it
                }
            });
            peer.start();
            sessions.onClient("h:hopen `::" + fake.getLocalPort());
            String out = sessions.printedOnClient("h \"til 10\"");
            peer.join(5000);
            return out;
        }
    }

    private byte[] reply(String q) throws Exception {
        return Encoder.encode(MessageType.RESPONSE, sessions.onServer(q));
    }

    private static byte[] message(int type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).put((byte) type).put((byte) 0).put((byte) 0).putInt(8 + body.length).put(body);
        return b.array();
    }

    private void awaitOnClient(String q, K expected) throws Exception {
        await(() -> sessions.onClient(q), expected);
    }

    private static void await(Callable<K> value, K expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(value, expected::equals);
    }
}
