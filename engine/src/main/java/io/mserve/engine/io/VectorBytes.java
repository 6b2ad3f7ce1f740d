package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Simple vectors as raw little-endian bytes (kdb+'s on-disk item layout), and joining vectors of one type. */
final class VectorBytes {
    private VectorBytes() {}

    /** Bytes per item of simple vector type {@code t}; 0 when {@code t} is not a fixed-width type. */
    static int width(int t) {
        switch (t) {
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: return 1;
            case QType.GUID: return 16;
            case QType.SHORT: return 2;
            case QType.INT: case QType.REAL: case QType.MONTH: case QType.DATE:
            case QType.MINUTE: case QType.SECOND: case QType.TIME: return 4;
            case QType.LONG: case QType.FLOAT: case QType.TIMESTAMP: case QType.DATETIME: case QType.TIMESPAN: return 8;
            default: return 0;
        }
    }

    /** Writes the items of fixed-width vector {@code v} at the buffer's position. */
    static void put(ByteBuffer out, K v) {
        out.order(ByteOrder.LITTLE_ENDIAN);
        if (v instanceof ByteVector) {
            out.put(((ByteVector) v).items());
        } else if (v instanceof ShortVector) {
            out.asShortBuffer().put(((ShortVector) v).items());
            out.position(out.position() + 2 * ((ShortVector) v).items().length);
        } else if (v instanceof IntVector) {
            out.asIntBuffer().put(((IntVector) v).items());
            out.position(out.position() + 4 * ((IntVector) v).items().length);
        } else if (v instanceof LongVector) {
            out.asLongBuffer().put(((LongVector) v).items());
            out.position(out.position() + 8 * ((LongVector) v).items().length);
        } else if (v instanceof RealVector) {
            out.asFloatBuffer().put(((RealVector) v).items());
            out.position(out.position() + 4 * ((RealVector) v).items().length);
        } else if (v instanceof FloatVector) {
            out.asDoubleBuffer().put(((FloatVector) v).items());
            out.position(out.position() + 8 * ((FloatVector) v).items().length);
        } else if (v instanceof GuidVector) {
            out.order(ByteOrder.BIG_ENDIAN);
            for (UUID u : ((GuidVector) v).items()) {
                out.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
            }
            out.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw QException.type();
        }
    }

    /** {@code n} items of type {@code t} read from {@code bytes} at {@code offset}. */
    static K get(int t, byte[] bytes, int offset, int n, int attribute) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset).slice().order(ByteOrder.LITTLE_ENDIAN);
        switch (width(t) == 0 ? -1 : t) {
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: {
                byte[] a = new byte[n];
                in.get(a);
                return new ByteVector(t, a, attribute);
            }
            case QType.GUID: {
                UUID[] a = new UUID[n];
                in.order(ByteOrder.BIG_ENDIAN);
                for (int i = 0; i < n; i++) {
                    a[i] = new UUID(in.getLong(), in.getLong());
                }
                return new GuidVector(a, attribute);
            }
            case QType.SHORT: {
                short[] a = new short[n];
                in.asShortBuffer().get(a);
                return new ShortVector(a, attribute);
            }
            case QType.REAL: {
                float[] a = new float[n];
                in.asFloatBuffer().get(a);
                return new RealVector(a, attribute);
            }
            case QType.FLOAT: case QType.DATETIME: {
                double[] a = new double[n];
                in.asDoubleBuffer().get(a);
                return new FloatVector(t, a, attribute);
            }
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: {
                long[] a = new long[n];
                in.asLongBuffer().get(a);
                return new LongVector(t, a, attribute);
            }
            case -1:
                throw QException.type();
            default: {
                int[] a = new int[n];
                in.asIntBuffer().get(a);
                return new IntVector(t, a, attribute);
            }
        }
    }

    /**
     * A vector of {@code n} items of type {@code t} filled from raw little-endian bytes in pieces
     * (a compressed file's blocks), each piece straight into the vector's array.
     */
    static final class Filling {
        private final int t;
        private final Object items;
        private int at;

        Filling(int t, int n) {
            this.t = t;
            switch (width(t)) {
                case 1: items = new byte[n]; break;
                case 2: items = new short[n]; break;
                case 16: items = new UUID[n]; break;
                case 4: items = t == QType.REAL ? new float[n] : new int[n]; break;
                default: items = t == QType.FLOAT || t == QType.DATETIME ? new double[n] : new long[n]; break;
            }
        }

        /** Appends the {@code count} items at {@code offset} of {@code bytes}. */
        void add(byte[] bytes, int offset, int count) {
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, count * width(t)).slice().order(ByteOrder.LITTLE_ENDIAN);
            if (items instanceof byte[] a) {
                in.get(a, at, count);
            } else if (items instanceof short[] a) {
                in.asShortBuffer().get(a, at, count);
            } else if (items instanceof int[] a) {
                in.asIntBuffer().get(a, at, count);
            } else if (items instanceof float[] a) {
                in.asFloatBuffer().get(a, at, count);
            } else if (items instanceof double[] a) {
                in.asDoubleBuffer().get(a, at, count);
            } else if (items instanceof long[] a) {
                in.asLongBuffer().get(a, at, count);
            } else {
                in.order(ByteOrder.BIG_ENDIAN);
                for (int i = 0; i < count; i++) {
                    ((UUID[]) items)[at + i] = new UUID(in.getLong(), in.getLong());
                }
            }
            at += count;
        }

        K vector(int attribute) {
            if (items instanceof byte[] a) {
                return new ByteVector(t, a, attribute);
            } else if (items instanceof short[] a) {
                return new ShortVector(a, attribute);
            } else if (items instanceof int[] a) {
                return new IntVector(t, a, attribute);
            } else if (items instanceof float[] a) {
                return new RealVector(a, attribute);
            } else if (items instanceof double[] a) {
                return new FloatVector(t, a, attribute);
            } else if (items instanceof long[] a) {
                return new LongVector(t, a, attribute);
            }
            return new GuidVector((UUID[]) items, attribute);
        }
    }

    /** The items of {@code parts} (vectors of one type, or general lists) joined in order. */
    static K join(K[] parts) {
        if (parts.length == 1) {
            return parts[0];
        }
        int t = parts[0].type();
        long total = 0;
        for (K p : parts) {
            if (p.type() != t) {
                return joinGeneral(parts);
            }
            total += p.count();
        }
        int n = Math.toIntExact(total);
        int at = 0;
        switch (t) {
            case QType.SYMBOL: {
                String[] a = new String[n];
                for (K p : parts) {
                    String[] s = ((SymbolVector) p).items();
                    System.arraycopy(s, 0, a, at, s.length);
                    at += s.length;
                }
                return new SymbolVector(a);
            }
            case 0:
                return joinGeneral(parts);
            case Enumeration.TYPE: {
                long[] a = new long[n];
                for (K p : parts) {
                    if (!((Enumeration) p).domain().equals(((Enumeration) parts[0]).domain())) {
                        return joinGeneral(parts);
                    }
                    long[] s = ((Enumeration) p).index();
                    System.arraycopy(s, 0, a, at, s.length);
                    at += s.length;
                }
                return ((Enumeration) parts[0]).with(a);
            }
            default: {
                int w = width(t);
                ByteBuffer buf = ByteBuffer.allocate(n * w);
                for (K p : parts) {
                    put(buf, p);
                }
                return get(t, buf.array(), 0, n, 0);
            }
        }
    }

    private static K joinGeneral(K[] parts) {
        List<K> out = new ArrayList<>();
        for (K p : parts) {
            for (int i = 0; i < p.count(); i++) {
                out.add(Lists.at(p, i));
            }
        }
        return new KList(out.toArray(new K[0]));
    }
}
