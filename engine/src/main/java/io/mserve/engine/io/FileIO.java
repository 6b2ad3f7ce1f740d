package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.CompressedFile;
import io.mserve.engine.io.format.FileCompression;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.cast.Datatypes;
import io.mserve.engine.ops.cast.Strings;
import io.mserve.engine.ops.sort.Order;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The file verbs: {@code read0 read1 0: 1: hcount hdel hsym load save rload rsave set},
 * {@code .Q.en .Q.dpft .Q.par}, and what a file handle means to {@code get value key}.
 */
public final class FileIO {
    private final Globals globals;

    /** The file verbs of a session whose root globals are {@code globals} ({@code load}, {@code save}, {@code .Q.en}, {@code set}). */
    public FileIO(Globals globals) {
        this.globals = globals;
    }

    /** Whether {@code x} is a file handle, {@code `:path}. */
    public static boolean isFile(K x) {
        return Handles.isFile(x);
    }

    /** {@code x set y}: y to the global x names, or to the file (a table to a directory {@code `:dir/t/}, splayed). */
    public K set(K x, K y) {
        if (Handles.isFile(x)) {
            return write(x, y, FileCompression.NONE);
        }
        if (Lists.isList(x) && x.count() > 0 && Handles.isFile(Lists.at(x, 0))) {
            return writeCompressed(x, y);
        }
        if (!(x instanceof SymbolAtom s)) {
            throw QException.type();
        }
        globals.set(s.value(), y);
        return x;
    }

    /** {@code key `:f}: a directory's names, sorted; a file's handle when it exists, else an empty list. */
    public static K key(K x) {
        return key(Handles.path(x), x);
    }

    /** {@code hcount `:f}: the file's size in bytes. */
    public static K hcount(K x) {
        Path p = Handles.path(x);
        ByteBuffer trailer = trailer(p);
        return Q.j(trailer == null ? size(p) : trailer.getLong(8)); // a compressed file's plain length (kb/file-compression.md)
    }

    // The 40 fixed bytes of compressed file p's trailer (CompressedFile), checked; null when p is not compressed.
    private static ByteBuffer trailer(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8 || !CompressedFile.is(bytesAt(ch, 0, 8, p).array())) {
                return null;
            }
            long n = size < 56 ? -1 : bytesAt(ch, size - 8, 8, p).getLong();
            if (n < 0 || n > (size - 56) / 8) {
                throw CompressedFile.corrupt(p.toString());
            }
            ByteBuffer t = bytesAt(ch, size - 40 - 8 * n, 40, p);
            if (t.getLong(16) != size - 40 - 8 * n) {
                throw CompressedFile.corrupt(p.toString());
            }
            return t;
        } catch (IOException e) {
            throw Handles.error(p, e);
        }
    }

    // The n bytes at {@code at} of file p.
    private static ByteBuffer bytesAt(FileChannel ch, long at, int n, Path p) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        if (ch.read(b, at) != n) {
            throw CompressedFile.corrupt(p.toString());
        }
        return b.flip();
    }

    /** {@code hdel `:f}. */
    public static K hdel(K x) {
        delete(Handles.path(x));
        return x;
    }

    /** {@code get `:f}: a data file, or a splayed table's directory. */
    public K read(K x) {
        Path p = Handles.path(x);
        return read(p);
    }

    private K read(Path p) {
        Function<String, Domain> domains = globals::domain;
        if (Files.isDirectory(p)) {
            if (!Splayed.is(p)) {
                throw QException.type();
            }
            return Splayed.read(p, domains);
        }
        return KdbFile.decode(p.toString(), Handles.read(p), domains);
    }

    // (`:f;lbs;alg;lvl) set y, (`:dir/;lbs;alg;lvl) set t, (`:dir/;dic) set t (ref/get.md)
    private K writeCompressed(K x, K v) {
        K target = Lists.at(x, 0);
        if (x.count() == 4) {
            return write(target, v, FileCompression.of(new KList(new K[] {Lists.at(x, 1), Lists.at(x, 2), Lists.at(x, 3)})));
        }
        if (x.count() == 2 && Lists.at(x, 1) instanceof Dict) {
            return write(target, v, FileCompression.of(Lists.at(x, 1)));
        }
        throw QException.length();
    }

    /** {@code `:f set v}; a table to {@code `:dir/t/} is splayed; files are compressed as {@code zip}, else as {@code .z.zd}, chooses. */
    private K write(K x, K v, FileCompression zip) {
        Path p = Handles.path(x);
        FileCompression choice = zip.orElse(defaultCompression());
        if (Handles.isDirectoryName(x)) {
            if (!(v instanceof Table)) {
                throw QException.type();
            }
            K sym = globals.get(Splayed.DOMAIN);
            Splayed.write(p, (Table) v, sym instanceof SymbolVector ? (SymbolVector) sym : null, choice);
        } else {
            KdbFile.write(p, v, choice, false);
        }
        return x;
    }

    // .z.zd, the zip defaults: for files with no extension (kb/file-compression.md); unset, none.
    private FileCompression defaultCompression() {
        K zd = globals.get(".z.zd");
        return zd == null ? FileCompression.NONE : FileCompression.of(zd);
    }

    /** {@code -21!`:f}: the compression statistics of the file, an empty dictionary when it is not compressed (basics/internal.md). */
    public static K compressionStats(K x) {
        Path p = Handles.path(x);
        ByteBuffer t = trailer(p);
        if (t == null) {
            return new Dict(new KList(), new KList());
        }
        return new Dict(new SymbolVector(new String[] {"compressedLength", "uncompressedLength", "algorithm", "logicalBlockSize", "zipLevel"}),
                new KList(new K[] {Q.j(size(p)), Q.j(t.getLong(8)), Q.i(t.get(4)), Q.i(Long.numberOfTrailingZeros(t.getLong(24))), Q.i(t.get(5))}));
    }

    /** {@code -19!(src;tgt;lbs;alg;lvl)}: file src written compressed to tgt; tgt (basics/internal.md). */
    public K compressFile(K x) {
        if (!Lists.isList(x) || x.count() != 5) {
            throw x.type() == QType.LIST ? QException.length() : QException.type();
        }
        K source = Lists.at(x, 0);
        K target = Lists.at(x, 1);
        if (!Handles.isFile(source) || !Handles.isFile(target)) {
            throw QException.type();
        }
        Path src = Handles.path(source);
        byte[] bytes = Handles.read(src);
        if (CompressedFile.is(bytes)) {
            bytes = CompressedFile.read(src.toString(), bytes).image();
        }
        Path tgt = Handles.path(target);
        if (Files.isDirectory(tgt)) {
            tgt = tgt.resolve(src.getFileName());
        }
        String name = tgt.getFileName().toString();
        FileCompression zip = FileCompression.of(new KList(new K[] {Lists.at(x, 2), Lists.at(x, 3), Lists.at(x, 4)}));
        Handles.write(tgt, zip.store(name, bytes));
        // a nested list's companion and symbol domain go with it (kb/file-compression.md)
        for (String stem : new String[] {"", "#"}) {
            Path companion = src.resolveSibling(src.getFileName() + stem + "#");
            if (Files.isRegularFile(companion)) {
                Handles.write(tgt.resolveSibling(name + stem + "#"), zip.store(name, KdbFile.companion(src + stem)));
            }
        }
        return target;
    }

    private static K key(Path p, K x) {
        if (Files.isDirectory(p)) {
            List<String> names = new ArrayList<>();
            try (var s = Files.list(p)) {
                s.map(e -> e.getFileName().toString()).sorted().forEach(n -> names.add(Symbols.intern(n)));
            } catch (IOException e) {
                throw Handles.error(p, e);
            }
            return new SymbolVector(names.toArray(new String[0]));
        }
        return Files.exists(p) ? x : new KList();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw Handles.error(p, e);
        }
    }

    private static void delete(Path p) {
        Access.requireFiles();
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw Handles.error(p, e);
        }
    }

    /** {@code hsym `a}: the file handle {@code `:a}. */
    public static K hsym(K x) {
        if (x instanceof SymbolAtom) {
            String s = ((SymbolAtom) x).value();
            return new SymbolAtom(Symbols.intern(s.startsWith(":") ? s : ":" + s));
        }
        if (x instanceof SymbolVector) {
            String[] s = ((SymbolVector) x).items();
            String[] out = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = Symbols.intern(s[i].startsWith(":") ? s[i] : ":" + s[i]);
            }
            return new SymbolVector(out);
        }
        throw QException.type();
    }

    /** The bytes {@code x} names: a file symbol, {@code (f;offset)} or {@code (f;offset;length)}. */
    static byte[] bytes(K x) {
        if (Handles.isFile(x)) {
            return Handles.read(Handles.path(x));
        }
        if (!(x instanceof KList) || x.count() < 2 || x.count() > 3 || !Handles.isFile(((KList) x).items()[0])) {
            throw QException.type();
        }
        K[] a = ((KList) x).items();
        byte[] all = Handles.read(Handles.path(a[0]));
        long offset = whole(a[1]);
        long length = a.length > 2 ? whole(a[2]) : all.length - offset;
        if (offset < 0 || length < 0) {
            throw QException.domain();
        }
        int from = (int) Math.min(offset, all.length);
        int to = (int) Math.min(all.length, from + length);
        return Arrays.copyOfRange(all, from, to);
    }

    private static long whole(K x) {
        if (x.type() == -QType.LONG || x.type() == -QType.INT || x.type() == -QType.SHORT) {
            return ((Number) numeric(x)).longValue();
        }
        throw QException.type();
    }

    private static Object numeric(K x) {
        if (x instanceof LongAtom) {
            return ((LongAtom) x).value();
        }
        if (x instanceof IntAtom) {
            return ((IntAtom) x).value();
        }
        return ((ShortAtom) x).value();
    }

    /** {@code read0}: the lines of a file; with an offset, the lines of that part (one line as a string). */
    public static K read0(K x) {
        Csv.Lines lines = Csv.Lines.of(bytes(x));
        K[] out = new K[lines.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ByteVector(QType.CHAR, Arrays.copyOfRange(lines.bytes(), lines.starts()[i], lines.ends()[i]));
        }
        if (!Handles.isFile(x) && out.length == 1) {
            return out[0];
        }
        return new KList(out);
    }

    /** {@code read1}: the bytes of a file, or of part of it. */
    public static K read1(K x) {
        return new ByteVector(QType.BYTE, bytes(x));
    }

    /** The forms of {@code 0:}: prepare text, save text, load CSV, load fixed, key-value pairs. */
    public static K text(K x, K y) {
        if (x.type() == -QType.CHAR) {
            char delimiter = (char) (((ByteAtom) x).value() & 0xff);
            if (y instanceof Table) {
                return TextOut.prepare(delimiter, (Table) y);
            }
            if (y instanceof Dict && ((Dict) y).isKeyedTable()) {
                Dict d = (Dict) y;
                Table k = (Table) d.keys();
                Table v = (Table) d.values();
                return TextOut.prepare(delimiter, new Table(join(k.columns(), v.columns()), concat(k.data(), v.data())));
            }
            if (y.type() == QType.LIST) {
                return TextOut.prepare(delimiter, ((KList) y).items());
            }
            throw QException.type();
        }
        if (Handles.isFile(x)) {
            Handles.write(Handles.path(x), TextOut.lines(y));
            return x;
        }
        if (x.type() == QType.CHAR) {
            return KeyValues.parse(Q.text(x), y);
        }
        if (!(x instanceof KList) || x.count() < 2 || x.count() > 3) {
            throw QException.type();
        }
        K[] spec = ((KList) x).items();
        String types = spec[0].type() == -QType.CHAR ? Q.text(spec[0]) : spec[0].type() == QType.CHAR ? Q.text(spec[0]) : null;
        if (types == null) {
            throw QException.type();
        }
        K format = spec[1];
        if (format.type() == -QType.CHAR || format.type() == QType.CHAR && format.count() == 1) {
            boolean header = format.type() == QType.CHAR;
            byte delimiter = header ? ((ByteVector) format).items()[0] : ((ByteAtom) format).value();
            boolean oneRecord = y.type() == QType.CHAR && !header;
            K r = Csv.delimited(types, delimiter, header, lines(y));
            return oneRecord ? Csv.firstRow(r) : r;
        }
        long[] widths = widths(format);
        if (Handles.isFile(y) || y instanceof KList && y.count() >= 2 && Handles.isFile(((KList) y).items()[0])) {
            byte[] b = bytes(y);
            long total = 0;
            for (long w : widths) {
                total += w;
            }
            boolean newlines = false;
            for (byte c : b) {
                if (c == '\n') {
                    newlines = true;
                    break;
                }
            }
            return Csv.fixed(types, widths, newlines ? Csv.Lines.of(b) : Csv.records(b, total));
        }
        return Csv.fixed(types, widths, Csv.Lines.of(y));
    }

    private static Csv.Lines lines(K y) {
        if (Handles.isFile(y) || y instanceof KList && y.count() >= 2 && y.count() <= 3 && Handles.isFile(((KList) y).items()[0])) {
            return Csv.Lines.of(bytes(y));
        }
        return Csv.Lines.of(y);
    }

    static long[] widths(K w) {
        if (w instanceof LongVector) {
            return ((LongVector) w).items();
        }
        if (w instanceof IntVector) {
            int[] a = ((IntVector) w).items();
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        if (w.type() == -QType.LONG || w.type() == -QType.INT) {
            return new long[] {whole(w)};
        }
        throw QException.type();
    }

    private static SymbolVector join(SymbolVector a, SymbolVector b) {
        String[] out = Arrays.copyOf(a.items(), a.items().length + b.items().length);
        System.arraycopy(b.items(), 0, out, a.items().length, b.items().length);
        return new SymbolVector(out);
    }

    private static K[] concat(K[] a, K[] b) {
        K[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code load `t}, {@code load `:dir/t}: the file (or splayed directory) into global {@code t}. */
    public K load(K x) {
        if (x instanceof SymbolVector) {
            String[] s = ((SymbolVector) x).items();
            for (String n : s) {
                load(new SymbolAtom(n));
            }
            return x;
        }
        if (!(x instanceof SymbolAtom)) {
            throw QException.type();
        }
        String name = ((SymbolAtom) x).value();
        Path p = Handles.path(name.startsWith(":") ? name.substring(1) : name);
        if (!Files.exists(p)) {
            throw Handles.error(p, new NoSuchFileException(p.toString()));
        }
        String base = Database.baseName(p);
        globals.set(base, read(p));
        return new SymbolAtom(Symbols.intern(base));
    }

    /** {@code save `t}, {@code save `:dir/t.csv}: global {@code t} to a file, formatted by the extension; {@code rsave} splays. */
    public K save(K x, boolean splay) {
        if (!(x instanceof SymbolAtom)) {
            throw QException.type();
        }
        String text = ((SymbolAtom) x).value();
        String file = text.startsWith(":") ? text.substring(1) : text;
        Path p = Handles.path(file);
        String fileName = p.getFileName() == null ? file : p.getFileName().toString();
        int dot = fileName.indexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot + 1) : "";
        K v = globals.get(name);
        if (v == null) {
            throw new QException(name);
        }
        K handle = new SymbolAtom(Symbols.intern(":" + file));
        if (splay) {
            write(new SymbolAtom(Symbols.intern(":" + file + "/")), v, FileCompression.NONE);
            return handle;
        }
        switch (ext) {
            case "":
                KdbFile.write(p, v, defaultCompression(), false);
                break;
            case "csv":
                Handles.write(p, TextOut.lines(text(Q.c(','), v)));
                break;
            case "txt":
                Handles.write(p, TextOut.lines(text(Q.c('\t'), v)));
                break;
            default:
                throw QException.nyi();
        }
        return handle;
    }

    /**
     * {@code .Q.en[`:db;t]}: {@code t} with its symbol columns enumerated over {@code sym}, the
     * database's sym file, which grows (file and global) by the symbols it lacks;
     * {@code .Q.en[::;t]} grows the global only.
     */
    public K enumerate(K dir, K t) {
        return enumerate(dir, t, Splayed.DOMAIN);
    }

    /** {@code .Q.ens[`:db;t;`name]}: as {@code .Q.en}, over the domain {@code name}. */
    public K enumerate(K dir, K t, K domain) {
        return enumerate(dir, t, domainName(domain));
    }

    private K enumerate(K dir, K t, String name) {
        if (!(t instanceof Table table)) {
            throw QException.type();
        }
        List<String> names = new ArrayList<>();
        for (K col : table.data()) {
            if (col instanceof SymbolVector) {
                names.addAll(Arrays.asList(((SymbolVector) col).items()));
            }
        }
        Domain domain = extend(dir == Q.NIL ? null : Handles.path(dir).resolve(name), name, names);
        K[] data = table.data().clone();
        for (int c = 0; c < data.length; c++) {
            if (data[c] instanceof SymbolVector col) {
                data[c] = enumeration(domain, col.items(), col.attribute());
            }
        }
        return new Table(table.columns(), data);
    }

    /**
     * {@code `:f?y}: the sym file f grows by the symbols of y it lacks and is loaded as the
     * global of its name; y enumerated over it (enum-extend.md, "Filepath").
     */
    public K enumExtend(K file, K y) {
        K v = Enumeration.plain(y);
        String[] names = v instanceof SymbolAtom s ? new String[] {s.value()} : v instanceof SymbolVector s ? s.items() : null;
        if (names == null) {
            throw QException.type();
        }
        Path p = Handles.path(file);
        K e = enumeration(extend(p, p.getFileName().toString(), Arrays.asList(names)), names,
                v instanceof KVector kv ? kv.attribute() : Attribute.NONE);
        return v.type() < 0 ? Lists.at(e, 0) : e;
    }

    // Global `name`, the sym file's symbols when there is a file, grown by the names it lacks and
    // written back to the file: that global's domain.
    private Domain extend(Path file, String name, List<String> names) {
        SymbolVector current;
        if (file == null) {
            current = globals.get(name) instanceof SymbolVector g ? g : new SymbolVector(new String[0]);
        } else {
            current = Files.isRegularFile(file)
                    ? asSymbols(KdbFile.decode(file.toString(), Handles.read(file), globals::domain)) : new SymbolVector(new String[0]);
        }
        Set<String> all = new LinkedHashSet<>(Arrays.asList(current.items()));
        int before = all.size();
        all.addAll(names);
        SymbolVector sym = all.size() == before ? current : new SymbolVector(all.toArray(new String[0]));
        if (file != null && (sym != current || !Files.isRegularFile(file))) {
            Handles.write(file, KdbFile.encode(sym, true));
        }
        globals.set(name, sym);
        return globals.domain(name);
    }

    private static Enumeration enumeration(Domain domain, String[] names, int attribute) {
        long[] index = new long[names.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = domain.position(names[i]);
        }
        return new Enumeration(domain, index, attribute);
    }

    private static String domainName(K domain) {
        if (!(domain instanceof SymbolAtom s) || s.value().isEmpty()) {
            throw QException.type();
        }
        return s.value();
    }

    private static SymbolVector asSymbols(K v) {
        if (!(v instanceof SymbolVector)) {
            throw QException.type();
        }
        return (SymbolVector) v;
    }

    /** {@code .Q.dpft[d;p;f;t]}: table {@code t} enumerated, sorted on {@code f} with {@code p#}, splayed to {@code d/p/t/}. */
    public K dpft(K d, K p, K f, K t) {
        return partition(d, p, f, t, Splayed.DOMAIN);
    }

    /** {@code .Q.dpfts[d;p;f;t;s]}: as {@code .Q.dpft}, enumerated against domain {@code s}. */
    public K dpfts(K[] a) {
        return partition(a[0], a[1], a[2], a[3], domainName(a[4]));
    }

    /** {@code .Q.dpt[d;p;t]}: as {@code .Q.dpft}, unsorted. */
    public K dpt(K d, K p, K t) {
        return partition(d, p, null, t, Splayed.DOMAIN);
    }

    /** {@code .Q.dpts[d;p;t;s]}: as {@code .Q.dpt}, enumerated against domain {@code s}. */
    public K dpts(K[] a) {
        return partition(a[0], a[1], null, a[2], domainName(a[3]));
    }

    // Splays global table t to d/p/t/: sorted on field f (when given), which becomes its first column, with p#.
    private K partition(K d, K p, K f, K t, String domain) {
        if (!(t instanceof SymbolAtom) || f != null && !(f instanceof SymbolAtom)) {
            throw QException.type();
        }
        String name = ((SymbolAtom) t).value();
        K v = globals.get(name);
        if (!(v instanceof Table)) {
            throw QException.type();
        }
        Table table = (Table) enumerate(d, v, domain);
        if (f != null) {
            table = sortedOn(table, ((SymbolAtom) f).value());
        }
        write(partitionPath(d, p, new SymbolAtom(name + "/")), table, FileCompression.NONE);
        return t;
    }

    // The table sorted on the field, moved first, with the parted attribute.
    private static Table sortedOn(Table table, String field) {
        Table sorted = (Table) Order.xsort(Q.s(field), table, false);
        String[] names = sorted.columns().items();
        int at = Arrays.asList(names).indexOf(field);
        if (at < 0) {
            throw new QException(field);
        }
        String[] order = new String[names.length];
        K[] data = new K[names.length];
        order[0] = field;
        K first = sorted.data()[at];
        data[0] = first instanceof KVector ? ((KVector) first).withAttribute(Attribute.PARTED) : first;
        for (int i = 0, j = 1; i < names.length; i++) {
            if (i != at) {
                order[j] = names[i];
                data[j++] = sorted.data()[i];
            }
        }
        return new Table(new SymbolVector(order), data);
    }

    private static final String TYPE_LETTERS = " bg xhijefcspmdznuvt";

    /**
     * {@code .Q.Xf[type;`:f]} (deprecated): an empty nested vector file as kdb+ writes one, the
     * 16-byte header of a list of type 77 plus the item type and an empty companion {@code f#};
     * the type is a letter ({@code "C"}) or a name ({@code `char}). It reads back as an empty list
     * (the pre-3.6 nested layout, {@link Anymap}).
     */
    public static K emptyNested(K type, K file) {
        int t;
        if (type.type() == -QType.CHAR) {
            t = TYPE_LETTERS.indexOf(Character.toLowerCase((char) (((ByteAtom) type).value() & 0xff)));
        } else if (type instanceof SymbolAtom s) {
            t = Datatypes.ofName(s.value());
        } else {
            throw QException.type();
        }
        if (t < 1 || t > QType.TIME || t == 3) {
            throw QException.type();
        }
        Path p = Handles.path(file);
        byte[] header = new byte[16];
        header[0] = (byte) 0xfe;
        header[1] = 0x20;
        header[2] = (byte) (77 + t);
        Handles.write(p, header);
        String companion = Handles.name(file) + "#";
        Handles.write(Handles.path(companion), new byte[0]);
        return new SymbolAtom(Symbols.intern(":" + companion));
    }

    /** {@code .Q.par[`:db;2020.01.01;`t]}: {@code `:db/2020.01.01/t}. */
    public static K partitionPath(K d, K p, K t) {
        if (!(t instanceof SymbolAtom) || p.type() >= 0) {
            throw QException.type();
        }
        String part = Strings.atom(p);
        if (p.type() == -QType.MONTH && part.endsWith("m")) {
            part = part.substring(0, part.length() - 1);
        }
        String root = Handles.name(d);
        List<Path> segments = Database.segments(Handles.path(d));
        if (segments != null && !segments.isEmpty()) {
            // a segmented database: the segments of par.txt in turn, by the partition's integer value
            long value = p instanceof IntAtom i ? i.value() : p instanceof LongAtom j ? j.value() : 0;
            root = segments.get((int) Math.floorMod(value, segments.size())).toString();
        }
        return new SymbolAtom(Symbols.intern(":" + root + (root.endsWith("/") ? "" : "/") + part + "/" + ((SymbolAtom) t).value()));
    }
}
