package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.value.KError;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {
    private final List<Object> passed = new ArrayList<>();

    private EmbeddedChannel login(ConnectionLimits limits, String user) {
        EmbeddedChannel channel = new EmbeddedChannel(limits.handler(), new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                passed.add(event);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                passed.add(msg);
                ((ByteBuf) msg).release();
            }
        });
        channel.pipeline().fireUserEventTriggered(new Handshaken(user, 3));
        return channel;
    }

    private static boolean refusedWithLimit(EmbeddedChannel channel) {
        ByteBuf reply = channel.readOutbound();
        if (reply == null) {
            return false;
        }
        try {
            return Decoder.decode(reply).equals(new KError("limit")) && !channel.isOpen();
        } finally {
            reply.release();
        }
    }

    @Test
    void aClientPastTheTotalIsSentLimitAndClosedAndItsPlaceIsFreedByAnotherLeaving() {
        ConnectionLimits limits = new ConnectionLimits(2, 0);
        EmbeddedChannel a = login(limits, "a");
        EmbeddedChannel b = login(limits, "b");
        assertThat(refusedWithLimit(a) || refusedWithLimit(b)).isFalse();
        EmbeddedChannel c = login(limits, "c");
        assertThat(refusedWithLimit(c)).isTrue();
        assertThat(passed).containsExactly(new Handshaken("a", 3), new Handshaken("b", 3));
        assertThat(limits.open()).isEqualTo(2);
        a.close();
        assertThat(limits.open()).isEqualTo(1);
        assertThat(refusedWithLimit(login(limits, "c"))).isFalse();
    }

    @Test
    void aUserPastItsOwnBoundIsRefusedWhileOthersStillGetIn() {
        ConnectionLimits limits = new ConnectionLimits(0, 2);
        EmbeddedChannel first = login(limits, "alice");
        login(limits, "alice");
        assertThat(refusedWithLimit(login(limits, "alice"))).isTrue();
        assertThat(refusedWithLimit(login(limits, "bob"))).isFalse();
        assertThat(limits.open()).isEqualTo(3);
        first.close();
        assertThat(refusedWithLimit(login(limits, "alice"))).isFalse();
    }

    @Test
    void zeroMeansNoBound() {
        ConnectionLimits limits = new ConnectionLimits(0, 0);
        for (int i = 0; i < 100; i++) {
            assertThat(refusedWithLimit(login(limits, "same"))).isFalse();
        }
        assertThat(limits.open()).isEqualTo(100);
    }
}
