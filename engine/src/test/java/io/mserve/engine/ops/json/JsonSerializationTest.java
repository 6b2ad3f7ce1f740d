package io.mserve.engine.ops.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Session q = new Session();

    @Test
    void valuesBecomeJsonAndBack() {
        assertThat(q.execute(".j.j -0w 0 1 2 3 0w")).isEqualTo("\"[-inf,0,1,2,3,inf]\"");
        assertThat(q.execute(".j.jd(-0w 1 0w;([null0w:1b]))")).isEqualTo("\"[null,1,null]\"");
        assertThat(q.execute(".j.j `a`b!(1b;\"x\")")).isEqualTo("\"{\\\"a\\\":true,\\\"b\\\":\\\"x\\\"}\"");
        assertThat(q.execute("count .j.k .j.j ([]a:1 2;b:`x`y)")).isEqualTo("2");
        assertThat(q.execute(".j.k \"{\\\"a\\\":[1,2]}\"")).isEqualTo("a| 1 2");
    }

    @Test
    void malformedTruncatedAndOversizedJsonIsAQError() {
        assertThat(q.execute(".j.k \"[1,\"")).isEqualTo("'json");
        assertThat(q.execute(".j.k \"{\\\"a\\\":\"")).isEqualTo("'json");
        assertThat(q.execute(".j.k \"\\\\\"")).isEqualTo("'json");
        assertThat(q.execute("count .j.k .j.j til 100000")).isEqualTo("100000");
    }
}
