package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.auth.Authenticator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerHandshakeTest {
    private final List<Object> events = new ArrayList<>();

    private EmbeddedChannel channel(Authenticator authenticator) {
        return new EmbeddedChannel(new ServerHandshake(authenticator, Duration.ofSeconds(5)),
                new ChannelInboundHandlerAdapter() {
                    @Override
                    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                        events.add(event);
                    }

                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf bytes = (ByteBuf) msg;
                        events.add(bytes.toString(StandardCharsets.ISO_8859_1));
                        bytes.release();
                    }
                });
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void answersTheLowerCapabilityInOneByteInEverySplitOfTheHandshake() {
        String handshake = "bob:pw\6\0";
        for (int split = 0; split <= handshake.length(); split++) {
            events.clear();
            EmbeddedChannel channel = channel(Authenticator.ANYONE);
            for (String part : new String[] {handshake.substring(0, split), handshake.substring(split)}) {
                if (!part.isEmpty()) {
                    channel.writeInbound(bytes(part));
                }
            }

            ByteBuf answer = channel.readOutbound();
            assertThat(answer.readableBytes()).isEqualTo(1);
            assertThat(answer.readByte()).isEqualTo((byte) 3);
            answer.release();
            assertThat((Object) channel.readOutbound()).isNull();
            assertThat(events).containsExactly(new Handshaken("bob", 3));
            assertThat(channel.pipeline().get(ServerHandshake.class)).isNull();
        }
    }

    @Test
    void bytesAfterTheHandshakeGoToTheNextStage() {
        EmbeddedChannel channel = channel(Authenticator.ANYONE);
        channel.writeInbound(bytes("bob\3\0first message"));
        assertThat(events).containsExactly(new Handshaken("bob", 3), "first message");
    }

    @Test
    void aClientWhoseLoginIsRefusedIsClosedWithoutAReply() {
        EmbeddedChannel channel = channel((user, password) -> user.equals("alice") && password.equals("secret"));
        channel.writeInbound(bytes("bob:guess\3\0"));

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.isOpen()).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void anEndlessHandshakeIsClosed() {
        EmbeddedChannel channel = channel(Authenticator.ANYONE);
        channel.writeInbound(bytes("x".repeat(ServerHandshake.MAX_LOGIN_BYTES + 1)));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aClientThatNeverFinishesItsHandshakeIsClosedAfterTheTimeout() {
        EmbeddedChannel channel = channel(Authenticator.ANYONE);
        channel.writeInbound(bytes("bob"));
        channel.advanceTimeBy(4, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).isTrue();
        channel.advanceTimeBy(2, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).isFalse();
    }
}
