package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.secondary.ReplyStream;
import io.mserve.core.secondary.SecondaryListener;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondaryLinkTest {
    /** A response holding "abc" (17 bytes); the error 'oops; a response of 20 bytes, 34 in all, streamed (over 17). */
    static final String SHORT = "01020000" + "11000000" + "0a0003000000" + "616263";
    static final String ERROR = "01020000" + "0e000000" + "80" + "6f6f7073" + "00";
    static final String LONG = "01020000" + "22000000" + "040014000000" + "000102030405060708090a0b0c0d0e0f10111213";

    private final List<String> heard = new ArrayList<>();
    private ReplyStream stream;
    private final SecondaryListener listener = new SecondaryListener() {
        @Override
        public void onReply(ByteBuf message, boolean error) {
            heard.add((error ? "error:" : "reply:") + ByteBufUtil.hexDump(message));
            message.release();
        }

        @Override
        public void onReplyStream(ReplyStream started) {
            heard.add("stream of " + started.length());
            stream = started;
        }

        @Override
        public void onStreamEnd() {
            heard.add("end");
        }

        @Override
        public void onClosed(String reason) {
            heard.add("closed: " + reason);
        }
    };
    private final EmbeddedChannel secondary = new EmbeddedChannel();
    private final SecondaryLink link = new SecondaryLink(secondary);

    SecondaryLinkTest() {
        secondary.pipeline().addLast(new ReplyDecoder(17), link);
        link.listen(listener);
    }

    static ByteBuf bytes(String hex) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex));
    }

    @Test
    void aResponseReachesTheListenerSayingWhetherItIsAnErrorObject() {
        secondary.writeInbound(bytes(SHORT + ERROR));
        assertThat(heard).containsExactly("reply:" + SHORT, "error:" + ERROR);
    }

    @Test
    void aQueryGoesToTheSecondaryAsASyncMessage() {
        link.send(bytes("01000000" + "11000000" + "0a0003000000" + "312b31"));
        ByteBuf sent = secondary.readOutbound();
        assertThat(ByteBufUtil.hexDump(sent)).isEqualTo("01010000" + "11000000" + "0a0003000000" + "312b31");
        sent.release();
    }

    @Test
    void aMessageThatIsNotAResponseIsDiscarded() {
        ByteBuf async = bytes("01000000" + "11000000" + "0a0003000000" + "616263");
        secondary.writeInbound(async);
        assertThat(heard).isEmpty();
        assertThat(async.refCnt()).isZero();
    }

    @Test
    void aLongReplyIsAnnouncedAsAStreamAndReadingStopsUntilItIsWantedOrDropped() {
        byte[] reply = ByteBufUtil.decodeHexDump(LONG);
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 0, 12));
        assertThat(heard).containsExactly("stream of 34");
        assertThat(secondary.config().isAutoRead()).as("reading stops until the reply's client is known").isFalse();

        stream.discard();
        assertThat(secondary.config().isAutoRead()).as("dropping it reads on").isTrue();
        secondary.writeInbound(Unpooled.wrappedBuffer(reply, 12, reply.length - 12));
        secondary.writeInbound(bytes(SHORT));
        assertThat(heard).containsExactly("stream of 34", "end", "reply:" + SHORT);
    }

    @Test
    void aReplyOfAnyLengthIsNeverTheSecondarysDeath() {
        secondary.writeInbound(bytes("01020000" + "ffffff7f" + "0400"));
        assertThat(heard).containsExactly("stream of 2147483647");
        assertThat(secondary.isOpen()).isTrue();
    }

    @Test
    void theConnectionEndingIsReportedOnceEvenInTheMiddleOfAReply() {
        secondary.writeInbound(Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(LONG), 0, 12));
        secondary.close();
        assertThat(heard).containsExactly("stream of 34", "closed: connection closed");
    }

    @Test
    void aMalformedReplyClosesTheConnection() {
        secondary.writeInbound(bytes("07020000" + "11000000"));
        assertThat(secondary.isOpen()).isFalse();
        assertThat(heard).containsExactly("closed: connection closed");
    }
}
