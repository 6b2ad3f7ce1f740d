package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyDecoderTest {
    /** A response holding the string "abc" (17 bytes), and one holding 20 bytes of 0..19 (34 bytes). */
    private static final String SHORT = "01020000" + "11000000" + "0a0003000000" + "616263";
    private static final String LONG = "01020000" + "22000000" + "040014000000" + "000102030405060708090a0b0c0d0e0f10111213";

    private static byte[] hex(String text) {
        return ByteBufUtil.decodeHexDump(text);
    }

    /** What the decoder passes on, as text: whole messages in hex, heads as "head:LENGTH", pieces in hex ("+" when last). */
    private static List<String> feed(EmbeddedChannel channel, byte[] stream, int... cuts) {
        int from = 0;
        for (int cut : cuts) {
            channel.writeInbound(Unpooled.wrappedBuffer(stream, from, cut - from));
            from = cut;
        }
        channel.writeInbound(Unpooled.wrappedBuffer(stream, from, stream.length - from));
        List<String> out = new ArrayList<>();
        Object next;
        while ((next = channel.readInbound()) != null) {
            if (next instanceof ReplyDecoder.Head head) {
                out.add("head:" + head.length() + ":" + ByteBufUtil.hexDump(head.header()));
                head.header().release();
            } else if (next instanceof ReplyDecoder.Piece piece) {
                out.add(ByteBufUtil.hexDump(piece.bytes()) + (piece.last() ? "+" : ""));
                piece.bytes().release();
            } else {
                out.add(ByteBufUtil.hexDump((ByteBuf) next));
                ((ByteBuf) next).release();
            }
        }
        return out;
    }

    /** Pieces joined back, heads and whole messages as they were. */
    private static List<String> joined(List<String> out) {
        List<String> result = new ArrayList<>();
        StringBuilder body = null;
        for (String item : out) {
            if (item.startsWith("head:")) {
                result.add(item);
                body = new StringBuilder();
            } else if (body != null) {
                body.append(item.replace("+", ""));
                if (item.endsWith("+")) {
                    result.add(body.toString());
                    body = null;
                }
            } else {
                result.add(item);
            }
        }
        return result;
    }

    @Test
    void aReplyUpToTheThresholdIsPassedOnWholeWhereverTheStreamIsSplit() {
        byte[] stream = hex(SHORT + SHORT);
        for (int a = 0; a <= stream.length; a++) {
            EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(17));
            assertThat(feed(channel, stream, a)).as("split at %d", a).containsExactly(SHORT, SHORT);
        }
    }

    @Test
    void aLongerReplyIsPassedOnAsItsHeaderThenItsBytesInOrderWhereverTheStreamIsSplit() {
        byte[] stream = hex(SHORT + LONG + SHORT);
        String head = "head:34:" + LONG.substring(0, 16);
        for (int a = 0; a <= stream.length; a++) {
            for (int b = a; b <= stream.length; b++) {
                EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(17));
                List<String> out = feed(channel, stream, a, b);
                assertThat(joined(out)).as("split at %d and %d", a, b).containsExactly(SHORT, head, LONG.substring(16), SHORT);
            }
        }
    }

    @Test
    void aPieceIsWhateverArrivedAndNothingWaitsForTheWholeReply() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(17));
        byte[] stream = hex(LONG);
        assertThat(feed(channel, Arrays.copyOf(stream, 12))).containsExactly("head:34:" + LONG.substring(0, 16), "04001400");
    }

    @Test
    void aLengthOfTwoGigabytesOnlyWaitsForItsBytes() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(1 << 20));
        assertThat(feed(channel, hex("01020000" + "ffffff7f" + "0400"))).containsExactly("head:2147483647:01020000ffffff7f", "0400");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void aMalformedHeaderFailsTheConnection() {
        for (String bad : new String[] {"02020000" + "11000000", "01030000" + "11000000", "01020000" + "05000000",
                "01020001" + "11000000"}) {
            EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(17));
            assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(hex(bad)))).as(bad)
                    .isInstanceOf(DecoderException.class);
        }
    }

    @Test
    void aTruncatedReplyPassesOnOnlyTheBytesThatCame() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyDecoder(17));
        byte[] stream = hex(SHORT.substring(0, 20));
        assertThat(feed(channel, stream)).isEmpty();
        assertThat(channel.finish()).isFalse();
    }
}
