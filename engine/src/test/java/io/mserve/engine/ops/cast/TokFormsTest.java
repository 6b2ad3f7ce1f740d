package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The text forms Tok reads, docs/ref/tok.md; text it cannot read (malformed, cut short, too long) is the type's null. */
class TokFormsTest {

    @Test
    void anIpv4AddressIsAnIntOrAGuidMappedToIpv6() {
        assertPrints("\"I\"$\"192.168.1.34\"", "-1062731486i");
        assertPrints("\"G\"$\"192.0.2.1\"", "00000000-0000-0000-0000-ffffc0000201");
    }

    @Test
    void anIpv6AddressIsAGuid() {
        assertPrints("\"G\"$\"2001:0DB8:85A3:0000:0000:8A2E:0370:7334\"", "20010db8-85a3-0000-0000-8a2e03707334");
        assertPrints("\"G\"$\"2001:0DB8:85A3::8A2E:0370:7334\"", "20010db8-85a3-0000-0000-8a2e03707334");
        assertPrints("\"G\"$\"::8A2E:0370:7334\"", "00000000-0000-0000-0000-8a2e03707334");
        assertPrints("\"G\"$\"::FFFF:192.0.2.1\"", "00000000-0000-0000-0000-ffffc0000201");
        assertPrints("\"G\"$\"::FFFF:c000:201\"", "00000000-0000-0000-0000-ffffc0000201");
    }

    @Test
    void aMalformedAddressIsTheNullGuid() {
        String none = "00000000-0000-0000-0000-000000000000";
        assertPrints("\"G\"$\"1::2::3\"", none);
        assertPrints("\"G\"$\"1:2:3:4:5:6:7:8:9\"", none);
        assertPrints("\"G\"$\"1:2:3\"", none);
        assertPrints("\"G\"$\"12345::\"", none);
        assertPrints("\"G\"$\"300.1.1.1\"", none);
        assertPrints("\"G\"$\"192.0.2\"", none);
        assertPrints("\"G\"$\"::g\"", none);
        assertPrints("\"I\"$\"1.2.3.4.5\"", "0Ni");
    }

    @Test
    void digitsAreFixedWidthTimes() {
        assertPrints("\"T\"$\"123456789\"", "12:34:56.789");
        assertPrints("\"N\"$\"123456123987654\"", "0D12:34:56.123987654");
        assertPrints("\"T\"$\"123456123987654\"", "12:34:56.123");
        assertPrints("\"N\"$\"1234561239876541\"", "0Nn");
        assertPrints("\"T\"$\"12345x\"", "0Nt");
    }

    @Test
    void nineToElevenDigitsAreSecondsOfTheUnixEpoch() {
        assertPrints("\"P\"$\"10129708800\"", "2290.12.31D00:00:00.000000000");
        assertPrints("\"P\"$\"00000000000\"", "1970.01.01D00:00:00.000000000");
        assertPrints("\"P\"$\"10129708800.123456789\"", "2290.12.31D00:00:00.123456789");
        assertPrints("\"P\"$\"00000000000.123456789\"", "1970.01.01D00:00:00.123456789");
        assertPrints("\"P\"$\"123456789012\"", "0Np");
        assertPrints("\"P\"$\"10129708800.1234567891\"", "0Np");
        assertPrints("\"P\"$\"10129708800.12x\"", "0Np");
    }

    @Test
    void aDateAndTimeMaySplitAtADash() {
        assertPrints("\"PZ\"$\\:\"20191122-11:11:11.123\"", """
            2019.11.22D11:11:11.123000000
            2019.11.22T11:11:11.123""");
    }

    @Test
    void datesInTheListedFormsWithFourDigitYears() {
        assertPrints("2010.12.31=\"D\"$(\"20101231\";\"2010.12.31\";\"2010-12-31\";\"31Dec2010\";\"2010/12/31\";\"2010/dec/31\";\"12/31/2010\";\"DEC/31/2010\")",
                "11111111b");
        assertPrints("\"D\"$(\"31Dex2010\";\"2010/13/31\";\"2010/12\";\"2147483648\";\"20101231999\")", "0N 0N 0N 0N 0Nd");
    }

    @Test
    void backslashZOneReadsDatesWithSlashesDayFirst() {
        // basics/syscmds.md#z-date-parsing
        assertTranscript("""
            q)\\z
            0
            q)"D"$"06/01/2010"
            2010.06.01
            q)\\z 1
            q)"D"$"06/01/2010"
            2010.01.06
            q)"D"$("06/01/2010";"2010/01/06")
            2010.01.06 2010.01.06
            q)\\z
            1
            """);
        assertSignals("\\z 2", "domain");
    }

    @Test
    void valuesOutsideTheDomainAreNull() {
        assertPrints("\"H\"$\"32768\"", "0Nh");
        assertPrints("\"I\"$\"2147483648\"", "0Ni");
        assertPrints("\"D\"$\"2147483648\"", "0Nd");
        assertPrints("\"J\"$\"99999999999999999999\"", "0N");
        assertPrints("\"F\"$\"1e400\"", "0w");
    }
}
