package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list verbs work alike on vectors of every type: here on v:(a;b;a) with b<a, against lists written out by hand. */
class ListVerbsOnEveryTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "boolean   | 1b | 0b",
        "guid      | \"G\"$\"ffffffff-ffff-ffff-0000-000000000000\" | \"G\"$\"00000000-0000-0001-0000-000000000002\"",
        "byte      | 0xc8 | 0x03",
        "short     | 5h | 0Nh",
        "int       | 7i | -1i",
        "long      | 7 | -1",
        "real      | 2.5e | 0Ne",
        "float     | 1.5 | -2f",
        "char      | \"b\" | \"a\"",
        "symbol    | `zz | `a",
        "timestamp | 2000.01.01D00:00:00.000000009 | 0Np",
        "month     | 2000.04m | 2000.02m",
        "date      | 2000.04.10 | 0Nd",
        "datetime  | 2000.01.04T00:00:00.000 | 1999.12.31T00:00:00.000",
        "timespan  | 0D00:00:00.000000003 | -0D00:00:00.000000001",
        "minute    | 00:03 | 00:01",
        "second    | 00:00:03 | 00:00:01",
        "time      | 00:00:00.003 | 00:00:00.001",
    })
    void findSortGroupTakeAndSetVerbsTreatEveryTypeAlike(String type, String a, String b) {
        assertTranscript("q)a:" + a + "\nq)b:" + b + "\nq)v:(a;b;a)\n" + """
            q)0<type v
            1b
            q)(distinct v)~(a;b)
            1b
            q)v?b
            1
            q)v?(b;a)
            1 0
            q)(asc v)~(b;a;a)
            1b
            q)attr asc v
            `s
            q)idesc v
            0 2 1
            q)(group v)~(a;b)!(0 2;enlist 1)
            1b
            q)(a,b)~(a;b)
            1b
            q)(-4#v)~(a;a;b;a)
            1b
            q)(v except b)~(a;a)
            1b
            q)differ v
            111b
            q)(reverse v)~(a;b;a)
            1b
            q)(raze (enlist a;enlist b))~(a;b)
            1b
            """);
    }
}
