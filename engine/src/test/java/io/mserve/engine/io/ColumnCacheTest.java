package io.mserve.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnCacheTest {
    @Test
    void theLeastRecentlyUsedValuesLeaveFirstAndTheBytesNeverPassTheBudget() {
        ColumnCache<String, String> cache = new ColumnCache<>(100);
        cache.put("a", "A", 40);
        cache.put("b", "B", 40);
        assertThat(cache.get("a")).isEqualTo("A");
        cache.put("c", "C", 40);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo("A");
        assertThat(cache.get("c")).isEqualTo("C");
        assertThat(cache.bytes()).isEqualTo(80);
        cache.put("d", "D", 100);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(100);
        assertThat(cache.get("d")).isEqualTo("D");
    }

    @Test
    void aValueLargerThanTheBudgetIsNotKeptAndKeepsWhatIsThere() {
        ColumnCache<String, String> cache = new ColumnCache<>(100);
        cache.put("a", "A", 60);
        cache.put("big", "BIG", 101);
        assertThat(cache.get("big")).isNull();
        assertThat(cache.get("a")).isEqualTo("A");
        assertThat(cache.bytes()).isEqualTo(60);
    }

    @Test
    void aValuePutAgainReplacesItsBytes() {
        ColumnCache<String, String> cache = new ColumnCache<>(100);
        cache.put("a", "A", 60);
        cache.put("a", "A2", 30);
        assertThat(cache.get("a")).isEqualTo("A2");
        assertThat(cache.bytes()).isEqualTo(30);
    }

    @Test
    void theCacheEmptiesOnceUnusedForTheIdleTime() {
        ColumnCache<String, String> cache = new ColumnCache<>(100);
        cache.put("a", "A", 60);
        long used = System.nanoTime();
        cache.expire(used - 1_000_000_000L, 2_000_000_000L);
        assertThat(cache.get("a")).isEqualTo("A");
        cache.expire(System.nanoTime() + 3_000_000_000L, 2_000_000_000L);
        assertThat(cache.get("a")).isNull();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void theIdleTimeIsTheSystemPropertyElseOneSecond() {
        String was = System.getProperty(ColumnCache.IDLE_PROPERTY);
        try {
            System.clearProperty(ColumnCache.IDLE_PROPERTY);
            assertThat(ColumnCache.idleMillis()).isEqualTo(1000);
            System.setProperty(ColumnCache.IDLE_PROPERTY, "250");
            assertThat(ColumnCache.idleMillis()).isEqualTo(250);
            System.setProperty(ColumnCache.IDLE_PROPERTY, "1s");
            assertThatThrownBy(ColumnCache::idleMillis).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1s");
        } finally {
            if (was == null) {
                System.clearProperty(ColumnCache.IDLE_PROPERTY);
            } else {
                System.setProperty(ColumnCache.IDLE_PROPERTY, was);
            }
        }
    }

    @Test
    void aBudgetOfZeroKeepsNothing() {
        ColumnCache<String, String> cache = new ColumnCache<>(0);
        cache.put("a", "A", 1);
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theBudgetIsTheSystemPropertyElseASixteenthOfTheLargestHeap() {
        String was = System.getProperty(ColumnCache.PROPERTY);
        try {
            System.clearProperty(ColumnCache.PROPERTY);
            assertThat(ColumnCache.budget()).isEqualTo(Runtime.getRuntime().maxMemory() / 16);
            System.setProperty(ColumnCache.PROPERTY, "1048576");
            assertThat(ColumnCache.budget()).isEqualTo(1048576);
            System.setProperty(ColumnCache.PROPERTY, "64m");
            assertThatThrownBy(ColumnCache::budget).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64m");
        } finally {
            if (was == null) {
                System.clearProperty(ColumnCache.PROPERTY);
            } else {
                System.setProperty(ColumnCache.PROPERTY, was);
            }
        }
    }
}
