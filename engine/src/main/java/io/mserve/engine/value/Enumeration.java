package io.mserve.engine.value;

import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;

/**
 * An enumeration ({@code `sym$`a`b}): indices into a domain, a global list of symbols. It
 * keeps the domain's items as they were when it was made; a domain only ever grows at its end,
 * so those indices keep their meaning. On the wire and to most verbs it is its symbols.
 */
public final class Enumeration extends KVector implements Displayable {
    /** The type q reports for enumerations. */
    public static final int TYPE = 20;

    private final String domain;
    private final String[] symbols;
    private final int[] index;

    public Enumeration(String domain, String[] symbols, int[] index, int attribute) {
        super(attribute);
        this.domain = domain;
        this.symbols = symbols;
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

    /** An enumeration (or one of its items) as the symbols it stands for; anything else as it is. */
    public static K plain(K v) {
        if (v instanceof Enumeration e) {
            return e.values();
        }
        if (v instanceof EnumAtom a) {
            return a.value();
        }
        return v;
    }

    public String domain() {
        return domain;
    }

    /** The positions in the domain (not a copy: read, never write). */
    public int[] index() {
        return index;
    }

    /** The symbols it stands for. */
    public SymbolVector values() {
        String[] out = new String[index.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = symbols[index[i]];
        }
        return new SymbolVector(out, attribute());
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
        return new Enumeration(domain, symbols, index, attribute);
    }

    @Override
    public K at(int i) {
        return new EnumAtom(domain, symbols, index[i]);
    }

    @Override
    public K wireForm() {
        return values();
    }

    @Override
    public String display() {
        StringBuilder s = new StringBuilder(Attribute.prefix(attribute())).append('`').append(domain).append('$');
        if (index.length == 0) {
            return s.append("`symbol$()").toString();
        }
        if (index.length == 1) {
            s.append(',');
        }
        for (int i : index) {
            s.append('`').append(symbols[i]);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enumeration && ((Enumeration) other).domain.equals(domain)
                && ((Enumeration) other).values().equals(values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    /** One item of an enumeration: {@code `sym$`a}. */
    public static final class EnumAtom extends K implements Displayable {
        private final String domain;
        private final String[] symbols;
        private final int index;

        public EnumAtom(String domain, String[] symbols, int index) {
            this.domain = domain;
            this.symbols = symbols;
            this.index = index;
        }

        public String domain() {
            return domain;
        }

        public SymbolAtom value() {
            return new SymbolAtom(symbols[index]);
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
        public String display() {
            return "`" + domain + "$`" + symbols[index];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EnumAtom && ((EnumAtom) other).domain.equals(domain)
                    && ((EnumAtom) other).symbols[((EnumAtom) other).index].equals(symbols[index]);
        }

        @Override
        public int hashCode() {
            return symbols[index].hashCode();
        }

        /** Items of one domain as an enumeration. */
        static Enumeration of(EnumAtom[] atoms) {
            int[] index = new int[atoms.length];
            String[] widest = atoms[0].symbols;
            for (int i = 0; i < atoms.length; i++) {
                index[i] = atoms[i].index;
                if (atoms[i].symbols.length > widest.length) {
                    widest = atoms[i].symbols;
                }
            }
            return new Enumeration(atoms[0].domain, widest, index, Attribute.NONE);
        }
    }
}
