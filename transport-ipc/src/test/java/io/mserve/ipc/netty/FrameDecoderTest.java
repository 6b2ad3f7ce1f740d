package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
    /** 1+1 as a little-endian async message, `a as a big-endian sync one, 2+2 little-endian. */
    private static final String FIRST = "01000000" + "11000000" + "0a0003000000" + "312b31";
    private static final String SECOND = "00010000" + "0000000b" + "f56100";
    private static final String THIRD = "01000000" + "11000000" + "0a0003000000" + "322b32";

    private static byte[] hex(String text) {
        return ByteBufUtil.decodeHexDump(text);
    }

    private static List<String> feed(EmbeddedChannel channel, byte[] stream, int... cuts) {
        int from = 0;
        for (int cut : cuts) {
            channel.writeInbound(Unpooled.wrappedBuffer(stream, from, cut - from));
            from = cut;
        }
        channel.writeInbound(Unpooled.wrappedBuffer(stream, from, stream.length - from));
        List<String> frames = new ArrayList<>();
        ByteBuf frame;
        while ((frame = channel.readInbound()) != null) {
            frames.add(ByteBufUtil.hexDump(frame));
            frame.release();
        }
        return frames;
    }

    @Test
    void cutsWholeMessagesOfEitherByteOrderWhereverTheStreamIsSplit() {
        byte[] stream = hex(FIRST + SECOND + THIRD);
        for (int a = 0; a <= stream.length; a++) {
            for (int b = a; b <= stream.length; b++) {
                EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1 << 20));
                assertThat(feed(channel, stream, a, b)).as("split at %d and %d", a, b).containsExactly(FIRST, SECOND, THIRD);
            }
        }
    }

    @Test
    void aMessageLongerThanTheLimitIsRefusedBeforeItsBytesArrive() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1000));
        ByteBuf header = Unpooled.wrappedBuffer(hex("01000000" + "e9030000"));
        try {
            channel.writeInbound(header);
        } catch (DecoderException expected) {
            assertThat(expected).hasMessageContaining("1001 bytes is over max-message-bytes (1000)");
            return;
        }
        throw new AssertionError("an oversized message was accepted");
    }

    @Test
    void aLyingLengthWaitsForBytesWithoutAllocatingForThem() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(Integer.MAX_VALUE));
        channel.writeInbound(Unpooled.wrappedBuffer(hex("01000000" + "ffffff7f" + "0a00")));
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void anOversizedMessageIsReportedOnceThoughTheConnectionClosesWithItsBytesUnread() {
        List<Throwable> reported = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1000), new ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                reported.add(cause);
                ctx.close();
            }
        });
        channel.writeInbound(Unpooled.wrappedBuffer(hex("01000000" + "e9030000" + "0a00" + "01000000" + "e9030000")));
        channel.finish();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessageContaining("1001 bytes is over max-message-bytes (1000)");
    }

    @Test
    void aLengthShorterThanTheHeaderIsRefused() {
        for (String length : new String[] {"00000000", "07000000"}) {
            EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(Integer.MAX_VALUE));
            try {
                channel.writeInbound(Unpooled.wrappedBuffer(hex("01010000" + length + "0a000300000031")));
            } catch (DecoderException expected) {
                assertThat(expected).hasMessageContaining("less than the least possible");
                assertThat((Object) channel.readInbound()).isNull();
                continue;
            }
            throw new AssertionError("a message of length " + length + " was accepted");
        }
    }
}
