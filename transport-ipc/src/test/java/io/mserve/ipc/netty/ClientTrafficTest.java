package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class ClientTrafficTest {

    @Test
    void countsOpenConnectionsAcrossClients() {
        ClientTraffic traffic = new ClientTraffic();
        EmbeddedChannel first = new EmbeddedChannel(traffic);
        EmbeddedChannel second = new EmbeddedChannel(traffic);
        assertThat(traffic.connections()).isEqualTo(2);

        first.close();
        assertThat(traffic.connections()).isEqualTo(1);
        second.close();
        assertThat(traffic.connections()).isZero();
    }

    @Test
    void countsEveryByteReadAndWrittenAndPassesTheMessagesOnUnchanged() {
        ClientTraffic traffic = new ClientTraffic();
        EmbeddedChannel channel = new EmbeddedChannel(traffic);
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[10]));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[5]));
        channel.writeOutbound(Unpooled.wrappedBuffer(new byte[7]));

        assertThat(traffic.bytesIn()).isEqualTo(15);
        assertThat(traffic.bytesOut()).isEqualTo(7);
        ByteBuf read = channel.readInbound();
        assertThat(read.readableBytes()).isEqualTo(10);
        read.release();
        ByteBuf written = channel.readOutbound();
        assertThat(written.readableBytes()).isEqualTo(7);
        written.release();
        channel.finishAndReleaseAll();
    }

    @Test
    void aMessageThatIsNotBytesCountsNothing() {
        ClientTraffic traffic = new ClientTraffic();
        EmbeddedChannel channel = new EmbeddedChannel(traffic);
        channel.writeInbound("an event, not bytes");
        assertThat(traffic.bytesIn()).isZero();
        channel.finishAndReleaseAll();
    }
}
