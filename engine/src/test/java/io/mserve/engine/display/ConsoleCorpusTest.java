package io.mserve.engine.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.value.Q;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Console output for values built in Java, against what q printed in the conformance corpus
 * (q-docs-public.jsonl): each case names the corpus input whose result it builds.
 */
class ConsoleCorpusTest {
    private static final long N = QNull.LONG;
    private static final double NF = QNull.FLOAT;
    private static final double INF = Double.POSITIVE_INFINITY;

    private record Case(String input, K value, String expected) {}

    private static final List<Case> CASES = new ArrayList<>();

    private static void c(String input, K value, String expected) {
        CASES.add(new Case(input, value, expected));
    }

    static {
        // atoms
        c("123456789", Q.j(123456789), "123456789");
        c("123456789f", Q.f(123456789), "1.234568e+08");
        c("`float$0Wj", Q.f(9.223372036854775807e18), "9.223372e+18");
        c("`float$0Wi", Q.f(2147483647), "2.147484e+09");
        c("`float$0Wh", Q.f(32767), "32767f");
        c("2 xlog 0.125", Q.f(-3), "-3f");
        c("avg 1 2 3", Q.f(2), "2f");
        c("(1; \"a\"; 3.5; `xyz) 2", Q.f(3.5), "3.5");
        c("avg 1 0w", Q.f(INF), "0w");
        c("1 1 1 cor 1 3 9", Q.f(NF), "0n");
        c("(til 5) 99", Q.j(N), "0N");
        c("max 0N 0N", Q.j(-Long.MAX_VALUE), "-0W");
        c("min 0N 0N", Q.j(Long.MAX_VALUE), "0W");
        c("sum 8 6 8 10 8 20 10 8 8 = 8", Q.i(5), "5i");
        c("\\P", Q.i(7), "7i");
        c("type vv", Q.h((short) 20), "20h");
        c("0we + 5", new RealAtom(Float.POSITIVE_INFINITY), "0we");
        c("3.14e", new RealAtom(3.14f), "3.14e");
        c("m[3][1]", Q.c('k'), "\"k\"");
        c("abs 1999.01.01", date("2000.12.31"), "2000.12.31");
        c("floor 2009.10.03T13:08:00.222", date("2009.10.03"), "2009.10.03");
        c("2000.11.22 + 03:44:55.666", Q.longAtom(-QType.TIMESTAMP, Temporal.parse(QType.TIMESTAMP, "2000.11.22D03:44:55.666")),
                "2000.11.22D03:44:55.666000000");
        c("a (datetime)", new FloatAtom(-QType.DATETIME, 1 + 1000 / 86400.0), "2000.01.02T00:16:40.000");
        c("-0Wp", Q.longAtom(-QType.TIMESTAMP, -Long.MAX_VALUE), "-0Wp");
        c("0Nd", Q.intAtom(-QType.DATE, QNull.INT), "0Nd");
        c("`a", Q.s("a"), "`a");
        c("::", Q.NIL, "");
        // vectors
        c("1 2 3+4 5 6", Q.longs(5, 7, 9), "5 7 9");
        c("enlist 3", Q.longs(3), ",3");
        c("\"A grown man in a gown\" ss \"rown\"", Q.longs(3), ",3");
        c("`t insert (`s1;`smith;20;`london)", Q.longs(0), ",0");
        c("show e:\"i\"$x?y;", Q.ints(0, 1, 2, 1, 0, 1, 2, 2, 2, 2, 2, 2, 2), "0 1 2 1 0 1 2 2 2 2 2 2 2i");
        c("abs 10 -43 0N", Q.longs(10, 43, N), "10 43 0N");
        c("0N!0W+til 3", Q.longs(Long.MAX_VALUE, N, -Long.MAX_VALUE), "0W 0N -0W");
        c("maxs 0N 5 0N 1 3", Q.longs(-Long.MAX_VALUE, 5, 5, 5, 5), "-0W 5 5 5 5");
        c("`float$\"AC\"", Q.floats(65, 67), "65 67f");
        c("sqrt 101b", Q.floats(1, 0, 1), "1 0 1f");
        c("avg (1 2;0N 4)", Q.floats(NF, 3), "0n 3");
        c("0 mavg 2 3", Q.floats(NF, NF), "0n 0n");
        c("iters .\\: node?2 174", Q.floats(INF, 398, 398, 398, 398), "0w 398 398 398 398");
        c("avgs 1 2 3 0n 4 -0w 0w", Q.floats(1, 1.5, 2, 2, 2.5, -INF, NF), "1 1.5 2 2 2.5 -0w 0n");
        c("exp -4.2 0 0.1 0n 0w", Q.floats(Math.exp(-4.2), 1, Math.exp(0.1), NF, INF), "0.01499558 1 1.105171 0n 0w");
        c("log -2 0n 0 0.1 1 42", Q.floats(NF, NF, -INF, Math.log(0.1), 0, Math.log(42)), "0n 0n -0w -2.302585 0 3.73767");
        c("1 2.34 -567.1 20 171e", new RealVector(new float[] {1, 2.34f, -567.1f, 20, 171}), "1 2.34 -567.1 20 171e");
        c("\"abcdef\"[1 4 3]", Q.str("bed"), "\"bed\"");
        c("(\"**\";4 4)1:...", Q.str("\"ef\""), "\"\\\"ef\\\"\"");
        c("key d", Q.syms("a", "b", "c"), "`a`b`c");
        c("where dns=`$\"17.172.224.47\"", Q.syms("apple"), ",`apple");
        c("\\a", Q.syms(), "`symbol$()");
        c("-8!1i", bytes(0x01, 0, 0, 0, 0x0d, 0, 0, 0, 0xfa, 0x01, 0, 0, 0), "0x010000000d000000fa01000000");
        c("(\"brown\";\"drown\";\"frown\";\"grown\") like \"?rown\"", Q.bools(true, true, true, true), "1111b");
        c("2020.01.01+30 60 90 120", dates("2020.01.31", "2020.03.01", "2020.03.31", "2020.04.30"),
                "2020.01.31 2020.03.01 2020.03.31 2020.04.30");
        c("12:00+30 60 90 120", new IntVector(QType.MINUTE, new int[] {750, 780, 810, 840}), "12:30 13:00 13:30 14:00");
        c("2 xbar 00:00:00.000000001 ...", new LongVector(QType.TIMESPAN, new long[] {0, 2, 12}),
                "0D00:00:00.000000000 0D00:00:00.000000002 0D00:00:00.000000012");
        c("5 xbar 11:00 + 0 2 3 5 7 11 13", new IntVector(QType.MINUTE, new int[] {660, 660, 660, 665, 665, 670, 670}),
                "11:00 11:00 11:00 11:05 11:05 11:10 11:10");
        // general lists
        c("12 13 14 15 16 17 18 19h$42", Q.list(Q.longAtom(-QType.TIMESTAMP, 42), Q.intAtom(-QType.MONTH, 42),
                Q.intAtom(-QType.DATE, 42), new FloatAtom(-QType.DATETIME, 42), Q.longAtom(-QType.TIMESPAN, 42),
                Q.intAtom(-QType.MINUTE, 42), Q.intAtom(-QType.SECOND, 42), Q.intAtom(-QType.TIME, 42)),
                "2000.01.01D00:00:00.000000042\n2003.07m\n2000.02.12\n2000.02.12T00:00:00.000\n0D00:00:00.000000042\n00:42\n00:00:42\n00:00:00.042");
        c("(12h;13 14h)$(42;42 42)", Q.list(Q.longAtom(-QType.TIMESTAMP, 42), Q.list(Q.intAtom(-QType.MONTH, 42), Q.intAtom(-QType.DATE, 42))),
                "2000.01.01D00:00:00.000000042\n(2003.07m;2000.02.12)");
        c("(10;20 30)+(2;3 4)", Q.list(Q.j(12), Q.longs(23, 34)), "12\n23 34");
        c("neg (0W;-0w;0N)", Q.list(Q.j(-Long.MAX_VALUE), Q.f(INF), Q.j(N)), "-0W\n0w\n0N");
        c("(1;2 3 4;(5 6 7;8)) < (1 2 3;4 5 6;7 8)", Q.list(Q.bools(false, true, true), Q.bools(true, true, true),
                Q.list(Q.bools(true, true, false), Q.b(false))), "011b\n111b\n(110b;0b)");
        c("(2 3 4;(5; 6 7;8)) within 3 6", Q.list(Q.bools(false, true, true), Q.list(Q.b(true), Q.bools(true, false), Q.b(false))),
                "0  1   1\n1b 10b 0b");
        c("(10;20 30)mod(7 13;-12)", Q.list(Q.longs(3, 10), Q.longs(-4, -6)), "3  10\n-4 -6");
        c("(0 3 1 1 1 3 0;0 2 0 0 0 2 0) @ 0 1", Q.list(Q.longs(0, 3, 1, 1, 1, 3, 0), Q.longs(0, 2, 0, 0, 0, 2, 0)),
                "0 3 1 1 1 3 0\n0 2 0 0 0 2 0");
        c("(\"ich\";4 1 2)1:0x00000000410000FF00000042FFFF", Q.list(Q.ints(0, 255), Q.str("AB"), new ShortVector(new short[] {0, -1})),
                "0 255\nA B\n0 -1");
        c("(3;\"a\")=(2 3 4;\"abc\")", Q.list(Q.bools(false, true, false), Q.bools(true, false, false)), "010b\n100b");
        c("(\"**\";4 4)1:\"abcd\\\"ef\\\"\"", Q.list(Q.str("abcd"), Q.str("\"ef\"")), "\"abcd\"\n\"\\\"ef\\\"\"");
        c("w[i]", Q.list(Q.longs(10, 5, -1), Q.j(N), Q.longs(3, N)), "10 5 -1\n0N\n3 0N");
        c("(2;3 4)xlog(4;5 6)", Q.list(Q.f(2), Q.floats(Math.log(5) / Math.log(3), Math.log(6) / Math.log(4))), "2f\n1.464974 1.292481");
        c("0b sv 64#1b", Q.j(-1), "-1");
        c("0b sv 32#1b", Q.i(-1), "-1i");
        c("0b sv 16#1b", Q.h((short) -1), "-1h");
        c("0b sv 8#1b", Q.x(0xff), "0xff");
        c("0b sv 1000110001101011...b", Q.g(java.util.UUID.fromString("8c6b8b64-6815-6084-0a3e-178401251b68")),
                "8c6b8b64-6815-6084-0a3e-178401251b68");
        c("show a:0x0 vs 3.1415", bytes(0x40, 0x09, 0x21, 0xca, 0xc0, 0x83, 0x12, 0x6f), "0x400921cac083126f");
        c("show pi:acos -1", Q.f(Math.PI), "3.141593");
        c("show x:1+til 20", Q.longs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
                "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20");
        c("show a:enlist[til 5;`ibm`goog;\"hello\"]", Q.list(Q.longs(0, 1, 2, 3, 4), Q.syms("ibm", "goog"), Q.str("hello")),
                "0 1 2 3 4\n`ibm`goog\n\"hello\"");
        c("show M:3 3#\"ABC123!@#\"", Q.list(Q.str("ABC"), Q.str("123"), Q.str("!@#")), "\"ABC\"\n\"123\"\n\"!@#\"");
        c("show s:(\"bo-b\";...;\"!\";\"\")", Q.list(Q.str("bo-b"), Q.c('!'), Q.str("")), "\"bo-b\"\n\"!\"\n\"\"");
        c("(`$string x;20#`fizz;20#`buzz;20#`fizzbuzz)", Q.list(Q.syms(names(20)), Q.syms(repeat("fizz", 20)), Q.syms(repeat("buzz", 20)),
                Q.syms(repeat("fizzbuzz", 20))),
                "1        2        3        4        5        6        7        8        9    ..\n"
                        + "fizz     fizz     fizz     fizz     fizz     fizz     fizz     fizz     fizz ..\n"
                        + "buzz     buzz     buzz     buzz     buzz     buzz     buzz     buzz     buzz ..\n"
                        + "fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzbuzz fizzb..");
        // dictionaries
        c("enlist[`a]#d", Q.dict(Q.syms("a"), Q.longs(1)), "a| 1");
        c("t 2", Q.dict(Q.syms("name", "dob", "sex"), Q.list(Q.s(""), Q.intAtom(-QType.DATE, QNull.INT), Q.s(""))),
                "name| `\ndob | 0Nd\nsex | `");
        c("show bd:`name`dob`sex!(...)", Q.dict(Q.syms("name", "dob", "sex"), Q.list(Q.syms("jack", "jill", "john"),
                dates("1982.09.15", "1984.07.05", "1990.11.16"), Q.syms("m", "f", "m"))),
                "name| jack       jill       john\ndob | 1982.09.15 1984.07.05 1990.11.16\nsex | m          f          m");
        c("exp d", Q.dict(Q.syms("a", "b"), Q.list(Q.floats(22026.465794806718, 7.582560427911907e-10, 20.085536923187668),
                Q.floats(54.598150033144236, 148.4131591025766, 0.0024787521766663585))),
                "a| 22026.47 7.58256e-10 20.08554\nb| 54.59815 148.4132    0.002478752");
        c("ce group string votes", Q.dict(Q.list(Q.str("john"), Q.str("johnny"), Q.str("jackie"), Q.str("jamie")), Q.longs(4, 4, 2, 3)),
                "\"john\"  | 4\n\"johnny\"| 4\n\"jackie\"| 2\n\"jamie\" | 3");
        c("show d:`a`b`c`x!(1;2 3;4;5)", Q.dict(Q.syms("a", "b", "c", "x"), Q.list(Q.j(1), Q.longs(2, 3), Q.j(4), Q.j(5))),
                "a| 1\nb| 2 3\nc| 4\nx| 5");
        c("show x:(`a`b)!(1 2 3;`x`y`z)", Q.dict(Q.syms("a", "b"), Q.list(Q.longs(1, 2, 3), Q.syms("x", "y", "z"))), "a| 1 2 3\nb| x y z");
        c("show kids:`names`ages!(`bob`carol`ted`alice;42 39 51 44)", Q.dict(Q.syms("names", "ages"),
                Q.list(Q.syms("bob", "carol", "ted", "alice"), Q.longs(42, 39, 51, 44))), "names| bob carol ted alice\nages | 42  39    51  44");
        c("show route:yrp[`from]!yrp[`to]", Q.dict(Q.syms("London", "Paris"), Q.syms("Paris", "Genoa")), "London| Paris\nParis | Genoa");
        // tables
        c("show ph ((`John;2000.01.01);...)", Q.table(new String[] {"phone"}, Q.longs(5555, N, 4444)), "phone\n-----\n5555\n\n4444");
        c("show u:([] code:`F1; vr:(enlist 2.3))", Q.table(new String[] {"code", "vr"}, Q.syms("F1"), Q.floats(2.3)), "code vr\n--------\nF1   2.3");
        c("show v:([] code:`F2; vr:(enlist (5.4; 43.2)))", Q.table(new String[] {"code", "vr"}, Q.syms("F2"), Q.list(Q.floats(5.4, 43.2))),
                "code vr\n-------------\nF2   5.4 43.2");
        c("select c1, c1, 2*c2, c2+c3, string c3 from t", Q.table(new String[] {"c1", "c11", "x", "c2", "c3"}, Q.syms("a", "b", "c"),
                Q.syms("a", "b", "c"), Q.longs(20, 40, 60), Q.floats(11.1, 22.2, 33.3), Q.list(Q.str("1.1"), Q.str("2.2"), Q.str("3.3"))),
                "c1 c11 x  c2   c3\n--------------------\na  a   20 11.1 \"1.1\"\nb  b   40 22.2 \"2.2\"\nc  c   60 33.3 \"3.3\"");
        c("show delete n from table", Q.table(new String[] {"a"}, Q.syms("a", "b", "c")), "a\n-\na\nb\nc");
        c("([]sym:`aapl`msft`goog;price:100 200 300)", Q.table(new String[] {"sym", "price"}, Q.syms("aapl", "msft", "goog"), Q.longs(100, 200, 300)),
                "sym  price\n----------\naapl 100\nmsft 200\ngoog 300");
        c("flip bd", Q.table(new String[] {"name", "dob", "sex"}, Q.syms("jack", "jill", "john"),
                dates("1982.09.15", "1984.07.05", "1990.11.16"), Q.syms("m", "f", "m")),
                "name dob        sex\n-------------------\njack 1982.09.15 m\njill 1984.07.05 f\njohn 1990.11.16 m");
        c("enlist `a`b`c!(1;2 3; 4)", Q.table(new String[] {"a", "b", "c"}, Q.longs(1), Q.list(Q.longs(2, 3)), Q.longs(4)),
                "a b   c\n-------\n1 2 3 4");
        c(".j.k 0N!.j.j ([]a:1 2;b:`Greetings`Earthlings)", Q.table(new String[] {"a", "b"}, Q.floats(1, 2),
                Q.list(Q.str("Greetings"), Q.str("Earthlings"))), "a b\n--------------\n1 \"Greetings\"\n2 \"Earthlings\"");
        c("exp t", Q.table(new String[] {"a", "b"}, Q.floats(22026.465794806718, 7.582560427911907e-10, 20.085536923187668),
                Q.floats(54.598150033144236, 148.4131591025766, 0.0024787521766663585)),
                "a           b\n-----------------------\n22026.47    54.59815\n7.58256e-10 148.4132\n20.08554    0.002478752");
        c("select from res where time>09:31:00 (\\c 8 80)", Q.table(new String[] {"time"}, new IntVector(QType.TIME, new int[] {34260001, 34260002})),
                "time\n------------\n09:31:00.001\n09:31:00.002");
        // keyed tables
        c("([names:...;city:...]; ages:42 39 51 44)", keyed(Q.table(new String[] {"names", "city"}, Q.syms("bob", "carol", "bob", "alice"),
                Q.syms("NYC", "CHI", "SFO", "SFO")), Q.table(new String[] {"ages"}, Q.longs(42, 39, 51, 44))),
                "names city| ages\n----------| ----\nbob   NYC | 42\ncarol CHI | 39\nbob   SFO | 51\nalice SFO | 44");
        c("show y:([a:1 2]b:``z;c:1 0N)", keyed(Q.table(new String[] {"a"}, Q.longs(1, 2)),
                Q.table(new String[] {"b", "c"}, Q.syms("", "z"), Q.longs(1, N))), "a| b c\n-| ---\n1|   1\n2| z");
        c("show a:([sym:...]t:2017.05 2017.09 2015.03 2017.11m)", keyed(Q.table(new String[] {"sym"}, Q.syms("ibm", "msoft", "appl", "goog")),
                Q.table(new String[] {"t"}, new IntVector(QType.MONTH, new int[] {208, 212, 182, 214}))),
                "sym  | t\n-----| -------\nibm  | 2017.05\nmsoft| 2017.09\nappl | 2015.03\ngoog | 2017.11");
        c("([]s:`s1`s2)#s", keyed(Q.table(new String[] {"s"}, Q.syms("s1", "s2")), Q.table(new String[] {"name", "status", "city"},
                Q.syms("smith", "jones"), Q.longs(20, 10), Q.syms("london", "paris"))),
                "s | name  status city  \n--| -------------------\ns1| smith 20     london\ns2| jones 10     paris ");
    }

    @TestFactory
    Stream<DynamicTest> showsWhatQPrints() {
        Console console = new Console(25, 80);
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.input(),
                () -> assertThat(trimmed(console.show(k.value()))).isEqualTo(trimmed(k.expected()))));
    }

    @TestFactory
    Stream<DynamicTest> oneLineForms() {
        return Stream.of(
                new Case("exec P#(p!v) by k:k from t", keyed(Q.table(new String[] {"k"}, Q.longs(1, 2, 3)),
                        new Table(new SymbolVector(new String[] {"xx", "yy", "zz"}, Attribute.SORTED),
                                new K[] {Q.longs(10, 40, N), Q.longs(N, 20, 50), Q.longs(N, N, 30)})),
                        "(+(,`k)!,1 2 3)!+`s#`xx`yy`zz!(10 40 0N;0N 20 50;0N 0N 30)"),
                new Case("-3!`a`b!1 2", Q.dict(Q.syms("a", "b"), Q.longs(1, 2)), "`a`b!1 2"),
                new Case("-3!(1;`a)", Q.list(Q.j(1), Q.s("a")), "(1;`a)"),
                new Case("-3!enlist 1", Q.longs(1), ",1"),
                new Case("-3!\"abc\"", Q.str("abc"), "\"abc\""),
                new Case("-3!([]a:1 2;b:3 4)", Q.table(new String[] {"a", "b"}, Q.longs(1, 2), Q.longs(3, 4)), "+`a`b!(1 2;3 4)"),
                new Case("-3!`s#1 2 3", Q.longs(1, 2, 3).withAttribute(Attribute.SORTED), "`s#1 2 3"),
                new Case("-3!`long$()", Q.longs(), "`long$()"),
                new Case("-3!()", Q.list(), "()"),
                new Case("-3!enlist \"a\"", Q.str("a"), ",\"a\""))
                .map(k -> DynamicTest.dynamicTest(k.input(), () -> assertThat(Console.one(k.value())).isEqualTo(k.expected())));
    }

    @TestFactory
    Stream<DynamicTest> consoleSize() {
        K[] items = new K[10];
        for (int i = 0; i < 10; i++) {
            long[] v = new long[20 + i];
            for (int k = 0; k < v.length; k++) {
                v[k] = k;
            }
            items[i] = Q.longs(v);
        }
        return Stream.of(DynamicTest.dynamicTest("\\c 10 10 / til each 20+til 10",
                () -> assertThat(new Console(10, 10).show(new KList(items)))
                        .isEqualTo("0 1 2 3..\n".repeat(7) + "..")));
    }

    static String trimmed(String s) {
        return String.join("\n", s.lines().map(String::stripTrailing).toList());
    }

    static String[] names(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = Integer.toString(i + 1);
        }
        return s;
    }

    static String[] repeat(String name, int n) {
        String[] s = new String[n];
        java.util.Arrays.fill(s, name);
        return s;
    }

    static K date(String text) {
        return Q.intAtom(-QType.DATE, (int) Temporal.parse(QType.DATE, text));
    }

    static K dates(String... text) {
        int[] v = new int[text.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (int) Temporal.parse(QType.DATE, text[i]);
        }
        return new IntVector(QType.DATE, v);
    }

    static K bytes(int... b) {
        byte[] v = new byte[b.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) b[i];
        }
        return new ByteVector(QType.BYTE, v);
    }

    static K keyed(Table keys, Table values) {
        return new Dict(keys, values);
    }

}
