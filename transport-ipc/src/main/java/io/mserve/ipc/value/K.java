package io.mserve.ipc.value;

/**
 * A q value: the one model shared by the wire codec and the embedded q engine. Atoms and
 * vectors are grouped by representation (an {@link IntVector} holds ints, months, dates,
 * minutes, seconds and times, told apart by {@link #type()}); vectors are primitive arrays.
 * Values are immutable: no operation changes one that others can see.
 */
public abstract class K {

    /** The q type number, as {@code type x} returns it: negative for atoms, see {@link QType}. */
    public abstract int type();

    /** The number of items, as {@code count x}: 1 for an atom, rows for a table, keys for a dictionary. */
    public abstract int count();

    /**
     * What goes on the wire for this value. Values that kdb+ never sends as they are (an
     * enumeration, an engine's own function object) return their wire form; the rest return
     * themselves.
     */
    public K wireForm() {
        return this;
    }

    /** Whether this is an atom (negative type, other than an error). */
    public final boolean isAtom() {
        int t = type();
        return t < 0 && t != QType.ERROR;
    }
}
