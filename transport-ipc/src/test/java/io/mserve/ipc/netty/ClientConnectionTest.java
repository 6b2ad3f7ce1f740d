package io.mserve.ipc.netty;

import static io.mserve.ipc.netty.SecondaryLinkTest.LONG;
import static io.mserve.ipc.netty.SecondaryLinkTest.SHORT;
import static io.mserve.ipc.netty.SecondaryLinkTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.ClientSession;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.MessageKind;
import io.mserve.core.dispatch.Reply;
import io.mserve.core.dispatch.ReplySink;
import io.mserve.core.dispatch.Request;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.ReplyStream;
import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryListener;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * A client's connection on an embedded channel, with a dispatcher that records what it is given;
 * streamed replies come from a secondary's connection, embedded too, as the dispatcher passes them on.
 */
class ClientConnectionTest {
    private static final long BUFFER_MAX = 1000;

    private final List<String> submitted = new ArrayList<>();
    private final Dispatcher dispatcher = new Dispatcher() {
        @Override
        public ClientSession connect(String user, String client, ReplySink sink) {
            submitted.add("connected " + client + " as user " + user);
            return new ClientSession() {
                @Override
                public void submit(Request request) {
                    submitted.add(request.kind() + ":" + ByteBufUtil.hexDump(request.message()));
                    request.message().release();
                }

                @Override
                public void close() {
                    submitted.add("left");
                }
            };
        }

        @Override
        public void register(String pool, SecondaryInfo secondary) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> pools() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Optional<String>> use(int client, Optional<String> pool) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void restarting(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SecondaryListener attach(SecondaryInfo secondary, Secondary connection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Void> drain(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rejoin(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deregister(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Void> shutdown() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<List<SecondaryStatus>> status() {
            throw new UnsupportedOperationException();
        }
    };
    private final ClientConnection connection = new ClientConnection(dispatcher, BUFFER_MAX, false);
    private final EmbeddedChannel client = new EmbeddedChannel(connection);
    /** A secondary's connection whose streamed replies wait here for their turn. */
    private final EmbeddedChannel secondary = new EmbeddedChannel();
    private final List<ReplyStream> streams = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();

    ClientConnectionTest() {
        SecondaryLink link = new SecondaryLink(secondary);
        secondary.pipeline().addLast(new ReplyDecoder(17), link);
        link.listen(new SecondaryListener() {
            @Override
            public void onReply(ByteBuf message, boolean error) {
                message.release();
            }

            @Override
            public void onReplyStream(ReplyStream stream) {
                streams.add(stream);
            }

            @Override
            public void onStreamEnd() {
                heard.add("end");
            }

            @Override
            public void onClosed(String reason) {
                heard.add("closed");
            }
        });
    }

    private void handshake() {
        client.pipeline().fireUserEventTriggered(new Handshaken("ann", 3));
    }

    /** Everything written to the client, in hex, message by message as written. */
    private List<String> written() {
        List<String> out = new ArrayList<>();
        ByteBuf next;
        while ((next = client.readOutbound()) != null) {
            out.add(ByteBufUtil.hexDump(next));
            next.release();
        }
        return out;
    }

    /** Bytes written to the client and not yet sent; Netty counts 96 more of its own for each write. */
    private void pending(int bytes) {
        client.unsafe().outboundBuffer().addMessage(Unpooled.buffer(bytes).writeZero(bytes), bytes, client.newPromise());
    }

    private void clientWritable(boolean writable) {
        client.unsafe().outboundBuffer().setUserDefinedWritability(1, writable);
        client.runPendingTasks();
    }

    private static String typed(String message, int type) {
        return message.substring(0, 2) + String.format("%02x", type) + message.substring(4);
    }

    @Test
    void messagesAfterTheHandshakeGoToTheDispatcherAsDeferredOrSyncQueries() {
        handshake();
        client.writeInbound(bytes(typed(SHORT, 0)), bytes(typed(SHORT, 1)));
        assertThat(submitted).containsExactly("connected ann@embedded as user ann", "ASYNC:" + typed(SHORT, 0), "SYNC:" + typed(SHORT, 1));
        client.close();
        assertThat(submitted).endsWith("left");
    }

    @Test
    void aMessageBeforeTheHandshakeAndAResponseFromAClientAreDiscarded() {
        ByteBuf early = bytes(typed(SHORT, 0));
        client.writeInbound(early);
        handshake();
        ByteBuf response = bytes(SHORT);
        client.writeInbound(response);
        assertThat(submitted).containsExactly("connected ann@embedded as user ann");
        assertThat(early.refCnt()).isZero();
        assertThat(response.refCnt()).isZero();
    }

    @Test
    void aResultGoesBackAsAnAsyncMessageForADeferredQueryAndAFailureAsAnErrorResponseForASyncOne() {
        handshake();
        connection.send(MessageKind.ASYNC, new Reply.Result(bytes(SHORT), false));
        connection.send(MessageKind.SYNC, new Reply.Failure("type"));
        assertThat(written()).containsExactly(typed(SHORT, 0), "01020000" + "0e000000" + "80" + ByteBufUtil.hexDump(
                "type".getBytes(StandardCharsets.ISO_8859_1)) + "00");
    }

    @Test
    void aClientWithMoreThanClientBufferMaxUnreadIsDisconnectedAndTheReplyLetGo() {
        handshake();
        pending(804);
        assertThat(connection.mayHold(100)).as("900 unread and 100 held is within 1000").isTrue();
        pending(5);
        ByteBuf reply = bytes(SHORT);
        connection.send(MessageKind.ASYNC, new Reply.Result(reply, false));
        assertThat(client.isOpen()).isFalse();
        assertThat(reply.refCnt()).isZero();
    }

    @Test
    void holdingMoreThanClientBufferMaxForTheClientDisconnectsIt() {
        handshake();
        pending(804);
        assertThat(connection.mayHold(101)).as("900 unread and 101 held is over 1000").isFalse();
        assertThat(client.isOpen()).isFalse();
    }

    @Test
    void aStreamedReplyIsPassedOnAsItArrivesAsTheClientsMessageType() {
        handshake();
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 12));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        assertThat(written()).containsExactly(typed(LONG.substring(0, 16), 0), LONG.substring(16, 24));
        assertThat(secondary.config().isAutoRead()).isTrue();
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 12, reply.length - 12));
        assertThat(written()).containsExactly(LONG.substring(24));
        assertThat(heard).containsExactly("end");
    }

    @Test
    void theSecondaryIsNotReadWhileTheClientCannotTakeMore() {
        handshake();
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 12));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        clientWritable(false);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 12, 4));
        assertThat(secondary.config().isAutoRead()).as("paused while the client is full").isFalse();
        clientWritable(true);
        assertThat(secondary.config().isAutoRead()).as("read on once it drained").isTrue();
    }

    // The pause is this reply's: once it has been read whole, the secondary's connection reads on for the replies
    // behind it there, which go to other clients (a stall in LargeRepliesAcrossLoopsTest: the client, drained, woke
    // no one, as its stream had ended).
    @Test
    void aStreamWhoseLastPieceFindsTheClientFullLeavesItsSecondaryReading() {
        handshake();
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 12));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        clientWritable(false);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 12, reply.length - 12));
        assertThat(heard).containsExactly("end");
        assertThat(secondary.config().isAutoRead()).as("read whole: the secondary reads on").isTrue();
    }

    @Test
    void repliesOwedAfterAStreamedOneWaitUntilItHasPassed() {
        handshake();
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 20));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        connection.send(MessageKind.ASYNC, new Reply.Result(bytes(SHORT), false));
        assertThat(written()).containsExactly(typed(LONG.substring(0, 16), 0), LONG.substring(16, 40));
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 20, reply.length - 20));
        assertThat(written()).containsExactly(LONG.substring(40), typed(SHORT, 0));
    }

    @Test
    void aStreamWhoseSecondaryWentAwayBeforeItsTurnReachesTheClientAsAnError() {
        handshake();
        secondary.writeInbound(Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(LONG), 0, 12));
        secondary.close();
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        connection.send(MessageKind.ASYNC, new Reply.Result(bytes(SHORT), false));
        byte[] text = ClientConnection.BROKEN.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(written()).containsExactly("0100" + "0000" + ByteBufUtil.hexDump(Unpooled.buffer().writeIntLE(10 + text.length))
                + "80" + ByteBufUtil.hexDump(text) + "00", typed(SHORT, 0));
        assertThat(client.isOpen()).isTrue();
    }

    @Test
    void aSecondaryGoingAwayInTheMiddleOfAReplyClosesTheClientItWasGoingTo() {
        handshake();
        secondary.writeInbound(Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(LONG), 0, 12));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        secondary.close();
        assertThat(client.isOpen()).as("half a message cannot be finished").isFalse();
    }

    @Test
    void aClientLeavingInTheMiddleOfAReplyLetsTheSecondaryReadOnAndDropTheRest() {
        handshake();
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 12));
        connection.send(MessageKind.ASYNC, new Reply.Streamed(streams.get(0)));
        clientWritable(false);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 12, 4));
        assertThat(secondary.config().isAutoRead()).isFalse();
        written();
        client.close();
        assertThat(secondary.config().isAutoRead()).as("the secondary is read again").isTrue();
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 16, reply.length - 16));
        secondary.writeInbound(bytes(SHORT));
        assertThat(heard).containsExactly("end");
        assertThat(written()).isEmpty();
    }
}
