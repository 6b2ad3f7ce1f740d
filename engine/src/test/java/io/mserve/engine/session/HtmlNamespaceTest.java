package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The {@code .h} namespace (bootstrap.q), against the examples of ref/doth.md. */
class HtmlNamespaceTest {
    @Test
    void markupWrapsTextInElements() {
        assertPrints(".h.htc[`tag;\"value\"]", "\"<tag>value</tag>\"");
        assertPrints(".h.hta[`a;(`href`target)!(\"http://www.example.com\";\"_blank\")]",
                "\"<a href=\\\"http://www.example.com\\\" target=\\\"_blank\\\">\"");
        assertPrints("-1 .h.htac[`a;(`href`target)!(\"http://www.example.com\";\"_blank\");\"Example.com Main Page\"];",
                "<a href=\"http://www.example.com\" target=\"_blank\">Example.com Main Page</a>");
        assertPrints(".h.nbr \"foo bar\"", "\"<nobr>foo bar</nobr>\"");
        assertPrints(".h.pre(\"foo\";\"bar\")", "\"<pre>foo\\nbar\\n</pre>\"");
        assertPrints(".h.xmp(\"foo\";\"bar\")", "\"<xmp>foo\\nbar\\n</xmp>\"");
        assertPrints(".h.text(\"foo\";\"bar\")", "\"<p>foo</p>\\n<p>bar</p>\\n\"");
        assertPrints(".h.hr \"foo\"", "\"---\"");
        assertPrints(".h.br", "\"<br>\"");
    }

    @Test
    void anAnchorsHrefIsQuotedWhenAStringAndBareWhenASymbol() {
        assertPrints(".h.ha[`http://www.example.com;\"Example.com Main Page\"]",
                "\"<a href=http://www.example.com>Example.com Main Page</a>\"");
        assertPrints(".h.ha[\"http://www.example.com\";\"Example.com Main Page\"]",
                "\"<a href=\\\"http://www.example.com\\\">Example.com Main Page</a>\"");
        assertPrints(".h.hb[\"http://www.example.com\";\"Example.com Main Page\"]",
                "\"<a target=v href=\\\"http://www.example.com\\\">Example.com Main Page</a>\"");
        assertPrints("-1 .h.http \"The main page is http://www.example.com\";",
                "The main page is <a href=\"http://www.example.com\">http://www.example.com</a>");
    }

    @Test
    void codeMarksUpEverySecondTabSeparatedSegment() {
        assertPrints(".h.code \"foo\\tbar\"", "\"foo <code><nobr>bar</nobr></code>\"");
        assertPrints(".h.code \"foo\\tbar\\tabc\\tdef\"", "\"foo <code><nobr>bar</nobr></code> abc <code><nobr>def</nobr></code>\"");
        assertPrints(".h.code \"foo\"", "\"foo\"");
    }

    @Test
    void escapesForHtmlAndXml() {
        assertPrints(".h.hc \"<foo>\"", "\"&lt;foo>\"");
        assertPrints(".h.xs \"Arthur & Co.\"", "\"Arthur &amp; Co.\"");
        assertPrints(".h.xs \"a<b>c\"", "\"a&lt;b&gt;c\"");
    }

    @Test
    void uriEscapesUseLowerCaseHexAndUnescapeBack() {
        assertPrints(".h.hu \"http://www.kx.com\"", "\"http%3a%2f%2fwww.kx.com\"");
        assertPrints(".h.uh \"http%3a%2f%2fwww.kx.com\"", "\"http://www.kx.com\"");
        assertPrints(".h.sc", "\"$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789\"");
        assertPrints(".h.hug[\"a\"] \"ab c\"", "\"a%62%20%63\"");
    }

    @Test
    void unescapingLeavesAPercentThatIsNotBeforeTwoHexDigits() {
        assertPrints(".h.uh \"100%\"", "\"100%\"");
        assertPrints(".h.uh \"a%zzb%4\"", "\"a%zzb%4\"");
        assertPrints(".h.uh \"%41%42\"", "\"AB\"");
        assertPrints(".h.uh \"\"", "\"\"");
    }

    @Test
    void stylesAndColoursOfTheWebConsole() {
        assertPrints(".h.sb", "\"body{font:10pt verdana;text-align:justify}\"");
        assertPrints(".h.sa", "\"a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{c..");
        assertPrints(".h.c0", "`024C7E");
        assertPrints(".h.c1", "`958600");
        assertPrints(".h.html \"<p>Hello world!</p>\"",
                "\"<html><head><style>a{text-decoration:none}a:link{color:024C7E}a:visited{colo..");
        assertPrints("-1 .h.html \"x\";", "<html><head><style>a{text-decoration:none}a:link{color:024C7E}a:visited"
                + "{color:024C7E}a:active{color:958600}body{font:10pt verdana;text-align:justify}</style></head><body>x</body></html>");
    }

    @Test
    void csvFromATableOrAListOfColumns() {
        assertTranscript("""
                q).h.cd ([]a:1 2 3;b:`x`y`z)
                "a,b"
                "1,x"
                "2,y"
                "3,z"
                q).h.cd (`a`b`c;1 2 3;"xyz")
                "a,1,x"
                "b,2,y"
                "c,3,z"
                """);
    }

    @Test
    void csvJoinsTheItemsOfNestedColumnsWithTheDelimiterD() {
        assertTranscript("""
                q)t:([a:til 3]b:3 3#"abc";c:3 3#1 2 3)
                q).h.d
                " "
                q).h.cd t
                "a,b,c"
                "0,abc,1 2 3"
                "1,abc,1 2 3"
                "2,abc,1 2 3"
                q).h.d:"*"
                q).h.cd t
                "a,b,c"
                "0,abc,1*2*3"
                "1,abc,1*2*3"
                "2,abc,1*2*3"
                """);
    }

    @Test
    void tsvAndXmlFromATable() {
        assertTranscript("""
                q).h.td ([]a:1 2 3;b:`x`y`z)
                "a\\tb"
                "1\\tx"
                "2\\ty"
                "3\\tz"
                q).h.xd ([]a:1 2 3;b:`x`y`z)
                "<R>"
                "<r><a>1</a><b>x</b></r>"
                "<r><a>2</a><b>y</b></r>"
                "<r><a>3</a><b>z</b></r>"
                "</R>"
                q).h.xd ([]s:("a&b";enlist"<"))
                "<R>"
                "<r><s>a&amp;b</s></r>"
                "<r><s>&lt;</s></r>"
                "</R>"
                """);
    }

    @Test
    void excelXmlIsTheDeclarationThenTheWorkbook() {
        assertTranscript("""
                q).h.ed ([]a:1 2 3;b:`x`y`z)
                "<?xml version=\\"1.0\\"?><?mso-application progid=\\"Excel.Sheet\\"?>"
                "<Workbook xmlns=\\"urn:schemas-microsoft-com:office:spreadsheet\\" xmlns:o=\\"u..
                q).h.edsn `test1`test2!(([]a:1 2);([]b:`x`y))
                "<?xml version=\\"1.0\\"?><?mso-application progid=\\"Excel.Sheet\\"?>"
                "<Workbook xmlns=\\"urn:schemas-microsoft-com:office:spreadsheet\\" xmlns:ss=\\"..
                q)count ss[last .h.edsn `test1`test2!(([]a:1 2);([]b:`x`y));"<Worksheet"]
                2
                q)-1 last .h.ed ([]a:1 2;b:`x`y);
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" \
                xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\
                <Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">a</Data></Cell><Cell><Data ss:Type="String">b\
                </Data></Cell></Row><Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">x</Data></Cell>\
                </Row><Row><Cell><Data ss:Type="Number">2</Data></Cell><Cell><Data ss:Type="String">y</Data></Cell></Row></Table>\
                </Worksheet></Workbook>
                """);
    }

    @Test
    void jsonLinesForATableAndOneStringForAnEnlistedOne() {
        assertTranscript("""
                q).h.tx[`json] ([] 0 1)
                "{\\"x\\":0}"
                "{\\"x\\":1}"
                q)t:flip`items`sales`prices!(`nut`bolt`cam`cog;6 8 0 3;10 20 15 20)
                q).h.tx[`json] t
                "{\\"items\\":\\"nut\\",\\"sales\\":6,\\"prices\\":10}"
                "{\\"items\\":\\"bolt\\",\\"sales\\":8,\\"prices\\":20}"
                "{\\"items\\":\\"cam\\",\\"sales\\":0,\\"prices\\":15}"
                "{\\"items\\":\\"cog\\",\\"sales\\":3,\\"prices\\":20}"
                q)-1 first .h.tx[`json] enlist ([] 0 1);
                [{"x":0},
                 {"x":1}]
                q)key .h.tx
                `raw`json`csv`txt`xml`xls
                q).h.tx[`raw] 1 2
                1 2
                """);
    }

    @Test
    void jsonTextBecomesDictionaries() {
        assertTranscript("""
                q).h.xt[`json;("{\\"foo\\":\\"bar\\"}";"{\\"this\\":\\"that\\"}")]
                (,`foo)!,"bar"
                (,`this)!,"that"
                q)first .h.xt[`json;("{\\"foo\\":\\"bar\\"}";"{\\"this\\":\\"that\\"}")]
                foo| "bar"
                """);
        assertSignals(".h.xt[`csv;enlist\"a,b\"]", "nyi");
    }

    @Test
    void iso8601FromNanosecondsSince2000() {
        assertPrints(".h.iso8601 100", "\"2000-01-01T00:00:00.000000100\"");
        assertPrints(".h.iso8601 2020.01.02D03:04:05.123456789", "\"2020-01-02T03:04:05.123456789\"");
        assertPrints(".h.iso8601 0N", "\"\"");
    }

    @Test
    void httpResponsesCarryTheirMimeTypeAndContentLength() {
        assertPrints("-1 .h.hn[\"404\";`txt;\"Not found: favicon.ico\"];", """
                HTTP/1.1 404\r
                Content-Type: text/plain\r
                Connection: close\r
                Content-Length: 22\r
                \r
                Not found: favicon.ico""");
        assertPrints(".h.hn[\"404\";`txt;\"Not found: favicon.ico\"]",
                "\"HTTP/1.1 404\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\nContent-Len..");
        assertPrints(".h.hn[\"200\";`;0x0102]~\"HTTP/1.1 200\\r\\nContent-Type: application/octet-stream\\r\\n"
                + "Connection: close\\r\\nContent-Length: 2\\r\\n\\r\\n\\001\\002\"", "1b");
        assertPrints(".h.he \"<rubbish>\"", "\"HTTP/1.1 400 Bad Request\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\..");
        assertPrints("last \"\\r\\n\"vs .h.he \"<rubbish>\"", "\"'&lt;rubbish>\"");
        assertPrints(".h.hy[`json] \"[]\"", "\"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nConnection: close\\r\\nCo..");
        assertPrints(".h.ty`json", "\"application/json\"");
        assertPrints("7#.h.ty", """
                htm | "text/html"
                html| "text/html"
                csv | "text/comma-separated-values"
                txt | "text/plain"
                xml | "text/plain"
                xls | "application/msexcel"
                gif | "image/gif\"""");
        assertPrints(".h.ka each 0 1000i", "\"close\"\n\"keep-alive\"");
    }

    @Test
    void preResponsesWrapLinesInAPlainPage() {
        assertPrints("1 .h.hp(\"89 97\";\"28 17\");", """
                HTTP/1.1 200 OK\r
                Content-Type: text/html\r
                Connection: close\r
                Content-Length: 119\r
                \r
                <html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>89 97
                28 17
                </pre></body></html>""");
    }

    @Test
    void aFramesetIsWideEnoughForTheLines() {
        assertPrints("-1 .h.fram[\"Five rows\";5#enlist\"12 10 11 90 73 90 43 90 84 63\";(\"tmp.htm\";\"tmp.txt\")];",
                "<html><head><title>Five rows</title><frameset cols=\"316,*\"><frame src=\"tmp.htm\">"
                        + "<frame name=v src=\"tmp.txt\"></frameset></head></html>");
    }

    @Test
    void theDefaultEvaluatorIsValue() {
        assertPrints(".h.val \"1+2\"", "3");
        assertPrints(".h.HOME", "\"html\"");
    }

    @Test
    void marqdownDocumentsAreNotMadeHere() {
        assertSignals(".h.ht`mydoc", "nyi");
    }

    @Test
    void aTablePageLinksItsNeighboursAndShowsItsRows() {
        assertTranscript("""
                q)a:([] a:100*til 1000;b:1000#1 22 333;c:1000#4 55)
                q){(where x="<")_x}first .h.jx[0;`a]
                "<a href=\\"?[0\\">home"
                "</a> "
                "<a href=\\"?[0\\">up"
                "</a> "
                "<a href=\\"?[32\\">down"
                "</a> "
                "<a href=\\"?[968\\">end"
                "</a> 1000[0]"
                q)5#1_.h.jx[5;`a]
                ""
                "a    b   c "
                "-----------"
                "500  333 55"
                "600  1   4 "
                q)count .h.jx[990;`a]
                14
                """);
        assertSignals(".h.jx[0;`nosuch]", "type");
    }

    @Test
    void aSessionsRedefinitionStaysInThatSession() {
        assertTranscript("""
                q).h.d:"*"
                q).h.d
                "*"
                """);
        assertPrints(".h.d", "\" \"");
    }
}
