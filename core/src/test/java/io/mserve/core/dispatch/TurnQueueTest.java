package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.TurnQueue.Lane;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnQueueTest {
    private final TurnQueue<String> queue = new TurnQueue<>();
    private final Lane<String> a = new Lane<>();
    private final Lane<String> b = new Lane<>();
    private final Lane<String> c = new Lane<>();

    private List<String> drain() {
        List<String> taken = new ArrayList<>();
        String item;
        while ((item = queue.poll()) != null) {
            taken.add(item);
        }
        assertThat(queue.size()).isZero();
        assertThat(queue.isEmpty()).isTrue();
        return taken;
    }

    @Test
    void anEmptyQueueGivesNothing() {
        assertThat(queue.poll()).isNull();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void oneLaneIsFirstComeFirstServed() {
        queue.add(a, "a1");
        queue.add(a, "a2");
        queue.add(a, "a3");
        assertThat(queue.size()).isEqualTo(3);
        assertThat(drain()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void lanesTakeTurnsOneItemEachEachInItsOwnOrder() {
        queue.add(a, "a1");
        queue.add(a, "a2");
        queue.add(a, "a3");
        queue.add(b, "b1");
        queue.add(c, "c1");
        queue.add(c, "c2");
        assertThat(drain()).containsExactly("a1", "b1", "c1", "a2", "c2", "a3");
    }

    @Test
    void aLaneThatHadNothingJoinsAtTheEndOfTheRound() {
        queue.add(a, "a1");
        queue.add(a, "a2");
        queue.add(a, "a3");
        queue.add(b, "b1");
        assertThat(queue.poll()).isEqualTo("a1");
        queue.add(c, "c1");
        assertThat(drain()).containsExactly("b1", "a2", "c1", "a3");
    }

    @Test
    void aSingleItemBesideAFloodWaitsForOneItemOfIt() {
        for (int i = 1; i <= 5000; i++) {
            queue.add(a, "a" + i);
        }
        assertThat(queue.poll()).isEqualTo("a1");
        queue.add(b, "b1");
        assertThat(queue.poll()).isEqualTo("a2");
        assertThat(queue.poll()).isEqualTo("b1");
        assertThat(queue.size()).isEqualTo(4998);
    }

    @Test
    void aLaneEmptiedAndRefilledIsServedAgain() {
        queue.add(a, "a1");
        assertThat(queue.poll()).isEqualTo("a1");
        assertThat(queue.poll()).isNull();
        queue.add(a, "a2");
        queue.add(b, "b1");
        assertThat(drain()).containsExactly("a2", "b1");
    }

    @Test
    void addFirstPutsTheItemFirstInItsLaneAndGivesThatLaneTheNextTurn() {
        queue.add(a, "a2");
        queue.add(b, "b1");
        queue.add(c, "c2");
        queue.addFirst(c, "c1");
        assertThat(queue.size()).isEqualTo(4);
        assertThat(drain()).containsExactly("c1", "a2", "b1", "c2");
    }

    @Test
    void addFirstToAnEmptyQueueOrAnAbsentLane() {
        queue.addFirst(a, "a1");
        queue.add(b, "b1");
        queue.addFirst(c, "c1");
        assertThat(drain()).containsExactly("c1", "a1", "b1");
    }

    @Test
    void addFirstInReverseKeepsTheRetriedItemsInTheirFormerOrder() {
        queue.add(a, "a3");
        queue.add(b, "b2");
        queue.addFirst(b, "b1");
        queue.addFirst(a, "a2");
        queue.addFirst(a, "a1");
        assertThat(drain()).containsExactly("a1", "b1", "a2", "b2", "a3");
    }

    @Test
    void removeTakesOneItemOutAndAnEmptiedLaneLeavesTheRound() {
        queue.add(a, "a1");
        queue.add(b, "b1");
        queue.add(b, "b2");
        queue.add(c, "c1");
        assertThat(queue.remove(a, "a1")).isTrue();
        assertThat(queue.remove(a, "a1")).isFalse();
        assertThat(queue.remove(b, "c1")).as("not in that lane").isFalse();
        assertThat(queue.remove(b, "b2")).isTrue();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(drain()).containsExactly("b1", "c1");
    }

    @Test
    void removingTheLaneWhoseTurnItIsPassesTheTurnOn() {
        queue.add(a, "a1");
        queue.add(b, "b1");
        queue.add(c, "c1");
        queue.remove(a, "a1");
        queue.add(a, "a2");
        assertThat(drain()).containsExactly("b1", "c1", "a2");
    }

    @Test
    void removeIfTakesOutTheAcceptedItemsOfOneLaneOnly() {
        queue.add(a, "x1");
        queue.add(a, "y1");
        queue.add(a, "x2");
        queue.add(b, "x3");
        queue.removeIf(a, item -> item.startsWith("x"));
        assertThat(queue.size()).isEqualTo(2);
        queue.removeIf(b, item -> true);
        assertThat(drain()).containsExactly("y1");
        queue.removeIf(c, item -> true);
        assertThat(queue.isEmpty()).isTrue();
    }
}
