package io.mserve.launcher.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.mserve.ipc.netty.ClientTraffic;

/** The meters of the primary's clients: {@code mserve.clients} and {@code mserve.client.bytes{direction}}. */
public final class ClientMeters {
    private ClientMeters() {}

    public static void register(MeterRegistry registry, ClientTraffic traffic) {
        Gauge.builder("mserve.clients", traffic, ClientTraffic::connections)
                .description("Client connections open")
                .register(registry);
        FunctionCounter.builder("mserve.client.bytes", traffic, ClientTraffic::bytesIn)
                .description("Bytes read from clients")
                .baseUnit("bytes")
                .tag("direction", "in")
                .register(registry);
        FunctionCounter.builder("mserve.client.bytes", traffic, ClientTraffic::bytesOut)
                .description("Bytes written to clients")
                .baseUnit("bytes")
                .tag("direction", "out")
                .register(registry);
    }
}
