package io.mserve.core.dispatch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * The central queue: items wait in lanes, and the lanes that hold items take turns, one item
 * per turn (round robin); within a lane it is first come, first served. A lane that had nothing
 * joins at the end of the round. With one lane for everybody it is one first-come queue.
 *
 * <p>Adding and taking are O(1) and allocate nothing but the lanes' own deques' growth: the
 * round is a ring linked through the lanes themselves.
 */
final class TurnQueue<T> {

    /** One party's waiting items: a client's, a user's, or everybody's. */
    static final class Lane<T> {
        private final ArrayDeque<T> waiting = new ArrayDeque<>();
        /** Neighbours in the round; null while the lane is empty and out of it. */
        private Lane<T> next;
        private Lane<T> previous;
        /** Clients that queue in this lane, when clients share it. */
        int clients;

        boolean isEmpty() {
            return waiting.isEmpty();
        }
    }

    /** The lane whose turn is next; null when nothing waits. */
    private Lane<T> turn;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code item} at the end of {@code lane}. */
    void add(Lane<T> lane, T item) {
        lane.waiting.addLast(item);
        size++;
        if (lane.next == null) {
            joinBeforeTurn(lane);
        }
    }

    /** Puts {@code item} first in {@code lane}, and gives that lane the next turn (for a query to retry). */
    void addFirst(Lane<T> lane, T item) {
        lane.waiting.addFirst(item);
        size++;
        if (lane.next != null) {
            unlink(lane);
        }
        joinBeforeTurn(lane);
        turn = lane;
    }

    /** Takes the first item of the lane whose turn it is, and passes the turn on; null when nothing waits. */
    T poll() {
        Lane<T> lane = turn;
        if (lane == null) {
            return null;
        }
        T item = lane.waiting.pollFirst();
        size--;
        if (lane.waiting.isEmpty()) {
            unlink(lane);
        } else {
            turn = lane.next;
        }
        return item;
    }

    /** Removes {@code item} from {@code lane}; whether it was there. */
    boolean remove(Lane<T> lane, T item) {
        if (!lane.waiting.remove(item)) {
            return false;
        }
        size--;
        leaveIfEmpty(lane);
        return true;
    }

    /** Removes the items of {@code lane} that {@code which} accepts, in order. */
    void removeIf(Lane<T> lane, Predicate<? super T> which) {
        for (Iterator<T> items = lane.waiting.iterator(); items.hasNext(); ) {
            if (which.test(items.next())) {
                items.remove();
                size--;
            }
        }
        leaveIfEmpty(lane);
    }

    private void leaveIfEmpty(Lane<T> lane) {
        if (lane.waiting.isEmpty() && lane.next != null) {
            unlink(lane);
        }
    }

    /** Links {@code lane} in last: just before the lane whose turn is next. */
    private void joinBeforeTurn(Lane<T> lane) {
        if (turn == null) {
            lane.next = lane;
            lane.previous = lane;
            turn = lane;
            return;
        }
        lane.next = turn;
        lane.previous = turn.previous;
        turn.previous.next = lane;
        turn.previous = lane;
    }

    private void unlink(Lane<T> lane) {
        if (lane.next == lane) {
            turn = null;
        } else {
            lane.previous.next = lane.next;
            lane.next.previous = lane.previous;
            if (turn == lane) {
                turn = lane.next;
            }
        }
        lane.next = null;
        lane.previous = null;
    }
}
