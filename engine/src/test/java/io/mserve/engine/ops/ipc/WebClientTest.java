package io.mserve.engine.ops.ipc;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mserve.engine.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code .Q.hg .Q.hp} against a local HTTP server: the body as a string, gzip inflated, user and password sent. */
class WebClientTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/plain", x -> reply(x.getResponseBody(), x, "hello".getBytes(StandardCharsets.ISO_8859_1), false));
        server.createContext("/zipped", x -> reply(x.getResponseBody(), x, gzip("zipped hello"), true));
        server.createContext("/echo", x -> {
            String auth = x.getRequestHeaders().getFirst("Authorization");
            String text = x.getRequestMethod() + " " + x.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(x.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1) + (auth == null ? "" : " " + auth);
            reply(x.getResponseBody(), x, text.getBytes(StandardCharsets.ISO_8859_1), false);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void getReturnsTheBodyAsAString() {
        assertPrints(".Q.hg`$\":" + base + "/plain\"", "\"hello\"");
        assertPrints(".Q.hg \"" + base + "/plain\"", "\"hello\"");
        assertPrints(".Q.hg \":" + base + "/zipped\"", "\"zipped hello\"");
    }

    @Test
    void postSendsTheBodyWithItsMimeType() {
        assertPrints(".Q.hp[\"" + base + "/echo\";.h.ty`json]\"my question\"", "\"POST application/json my question\"");
    }

    @Test
    void userAndPasswordInTheUrlAreSentAsBasicAuthorization() {
        Session q = new Session();
        String hostPort = base.substring("http://".length());
        assertThat(q.execute(".Q.hp[\"http://me:secret@" + hostPort + "/echo\";\"text/plain\";\"x\"]"))
                .isEqualTo("\"POST text/plain x Basic bWU6c2VjcmV0\"");
    }

    @Test
    void aMalformedUrlIsADomainErrorAndNoServerAConnError() {
        assertSignals(".Q.hg \"not a url\"", "domain");
        assertSignals(".Q.hg \"ftp://example.com/x\"", "domain");
        assertSignals(".Q.hg 42", "type");
        assertSignals(".Q.hp[\"" + base + "/echo\";`json;\"x\"]", "type");
        server.stop(0);
        assertThat(new Session().execute(".Q.hg \"" + base + "/plain\"")).startsWith("'conn.");
    }

    private static void reply(OutputStream body, HttpExchange x, byte[] bytes, boolean zipped) throws IOException {
        if (zipped) {
            x.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        x.sendResponseHeaders(200, bytes.length);
        body.write(bytes);
        body.close();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
