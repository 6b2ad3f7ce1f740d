package io.mserve.engine.value;

import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.SymbolAtom;
import java.util.Arrays;

/**
 * An enumeration ({@code `sym$`a`b}, a foreign key {@code `kt$}, a link {@code `t!}): 64-bit
 * indices into a {@link Domain}, type 20 whatever the domain (kdb+ 3.6+). A null index stands
 * for an item out of range. Verbs that compare items compare the values the indices stand for;
 * on the wire it is those values ("enumerations are automatically converted to values before
 * sending through IPC").
 */
public final class Enumeration extends KVector {
    /** The type q reports for enumerations. */
    public static final int TYPE = 20;

    private final Domain domain;
    private final long[] index;

    public Enumeration(Domain domain, long[] index, int attribute) {
        super(attribute);
        this.domain = domain;
        this.index = index;
    }

    /** Whether any of {@code args} is an enumeration or one of its items. */
    public static boolean any(K[] args) {
        for (K a : args) {
            if (a instanceof Enumeration || a instanceof EnumAtom) {
                return true;
            }
        }
        return false;
    }

    /** An enumeration (or one of its items) as the values it stands for; anything else as it is. */
    public static K plain(K v) {
        if (v instanceof Enumeration e) {
            return e.values();
        }
        if (v instanceof EnumAtom a) {
            return a.value();
        }
        return v;
    }

    /** The domain of an enumeration or of one of its items; null for anything else. */
    public static Domain domainOf(K v) {
        return v instanceof Enumeration e ? e.domain : v instanceof EnumAtom a ? a.domain : null;
    }

    public Domain domain() {
        return domain;
    }

    /** The positions in the domain (not a copy: read, never write). */
    public long[] index() {
        return index;
    }

    /** What {@link #positionOf} returns for an atom it cannot place: compare values instead. */
    public static final long UNKNOWN = Long.MIN_VALUE + 1;
    /** What {@link #positionOf} returns for a symbol the domain lacks: no index is equal to it. */
    public static final long ABSENT = Long.MIN_VALUE + 2;

    /**
     * Where atom {@code a} is in the domain, so that comparing indices with it compares values:
     * an item's index when it is of the same domain, a symbol's position ({@link #ABSENT} when
     * the domain lacks it); {@link #UNKNOWN} for anything else.
     */
    public long positionOf(K a) {
        if (a instanceof EnumAtom x) {
            return x.domain.equals(domain) ? x.index : UNKNOWN;
        }
        if (!(a instanceof SymbolAtom s) || !domain.isSymbols()) {
            return UNKNOWN;
        }
        long p = domain.position(s.value());
        // the null symbol is also what an index out of range stands for
        return p >= 0 ? p : s.value().isEmpty() ? UNKNOWN : ABSENT;
    }

    /** The same domain at other positions, without attribute. */
    public Enumeration with(long[] positions) {
        return new Enumeration(domain, positions, Attribute.NONE);
    }

    /** The values it stands for (symbols, for a symbol domain), with its attribute. */
    public K values() {
        return domain.values(index, attribute());
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int count() {
        return index.length;
    }

    @Override
    public KVector withAttribute(int attribute) {
        return new Enumeration(domain, index, attribute);
    }

    @Override
    public K at(int i) {
        return new EnumAtom(domain, index[i]);
    }

    @Override
    public K wireForm() {
        return values();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enumeration e && e.domain.equals(domain) && e.attribute() == attribute()
                && Arrays.equals(e.index, index);
    }

    @Override
    public int hashCode() {
        return 31 * domain.hashCode() + Arrays.hashCode(index);
    }

    @Override
    public String toString() {
        return "Enumeration(" + domain.name() + ", " + Attribute.prefix(attribute()) + Arrays.toString(index) + ")";
    }

    /** One item of an enumeration: {@code `sym$`a}. */
    public static final class EnumAtom extends K {
        private final Domain domain;
        private final long index;

        public EnumAtom(Domain domain, long index) {
            this.domain = domain;
            this.index = index;
        }

        public Domain domain() {
            return domain;
        }

        /** The position in the domain; null ({@code 0N}) out of range. */
        public long index() {
            return index;
        }

        /** The value it stands for. */
        public K value() {
            return Lists.at(domain.values(new long[] {index}, Attribute.NONE), 0);
        }

        @Override
        public int type() {
            return -TYPE;
        }

        @Override
        public int count() {
            return 1;
        }

        @Override
        public K wireForm() {
            return value();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EnumAtom a && a.domain.equals(domain) && a.index == index;
        }

        @Override
        public int hashCode() {
            return 31 * domain.hashCode() + Long.hashCode(index);
        }

        @Override
        public String toString() {
            return "EnumAtom(" + domain.name() + ", " + index + ")";
        }
    }
}
