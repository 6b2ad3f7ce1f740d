/ What every session defines in q at start-up, as kdb+ defines it in q.k: the constants of .q and
/ .Q, the .Q utilities that are a line of q, and the .h namespace. session.Bootstrap parses this
/ once per JVM and evaluates it in each new session. A name defined here is defined nowhere else:
/ the primitives written in Java (.Q.s .Q.en .j.j ...) are in session/Primitives.java.
/ Functions here use full names (.h.xs, not xs): they are defined in the root namespace.

.q.csv:","

/ .Q constants: character sets, type letters (.Q.t@type), reserved words, q.k's version
.Q.a:"abcdefghijklmnopqrstuvwxyz"
.Q.A:"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
.Q.n:"0123456789"
.Q.nA:"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
.Q.an:"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
.Q.b6:"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
.Q.t:" bg xhijefcspmdznuvts"
.Q.res:`abs`acos`asin`atan`avg`bin`binr`cor`cos`cov`delete`dev`div`do`enlist`exec`exit`exp`getenv`hopen`if`in`insert`last`like`log`max`min`prd`select`setenv`sin`sqrt`ss`sum`tan`update`var`wavg`while`within`wsum`xexp
.Q.k:4.1
.Q.K:2025.11.25
.Q.M:0W

/ .Q text: base-64 (.Q.b6) and base-36 (.Q.nA) numbers of 10 and 12 digits
.Q.j10:{64 sv .Q.b6?x}
.Q.x10:{.Q.b6(10#64)vs x}
.Q.j12:{36 sv .Q.nA?x}
.Q.x12:{.Q.nA(12#36)vs x}

/ .Q tables and functions
.Q.qt:{$[99h=type x;98h=type key x;98h=type x]}
.Q.ty:{$[0h>t:type x;.Q.t 20&neg t;t within 1 76h;.Q.t 20&t;t;" ";(count x)&1=count distinct u:type each x;$[(v:first u)within 1 76h;upper .Q.t 20&v;" "];" "]}
.Q.ff:{$[count c:cols[y]except cols x;flip(flip x),flip(c#0#y)(count x)#0;x]}
.Q.ft:{$[$[99h=type y;98h=type value y;0b];(count cols key y)!x 0!y;x y]}
.Q.fu:{$[0h>type y;x y;x[u](u:distinct y)?y]}
/ with no secondary threads (\s 0) q applies x to the whole of y
.Q.fc:{x y}
.Q.dd:{` sv x,`$string y}

/ .Q command line: .Q.opt .z.x is the options (-name words...) as a dictionary, .Q.x the words before them
.Q.opt:{i:where x like"-[^0-9]*";.Q.x::$[count i;first[i]#x;x];(`$1_'x i)!1_'i cut x}
.Q.def:{x,k!{$[0h>type x;first;::](upper .Q.t abs type x)$y}'[x k;y k:key[y]inter key x]}

/ .Q database: load fixed-width records from s (file;offset;length, a nonpositive length counting from
/ the end) .Q.M&1000000 at a time, as fields f of types and widths t, through g, then save them to
/ partition d (dir;partition;table)
.Q.dsftg:{[d;s;f;t;g]w:sum t 1;e:$[0<s 2;s[1]+s 2;(hcount s 0)+s 2];o:s 1;r:();while[w<=e-o;n:w*((e-o)div w)&.Q.M&1000000;r,:enlist g flip f!t 1:(s 0;o;n);o+:n];(`$(string .Q.par . d),"/")set .Q.en[d 0]raze r;}
/ partitioned tables are held in memory whole, so there is nothing more to map
.Q.MAP:{}
/ save every table to a partition, empty them, and have the HDB on port h reload
.Q.hdpf:{[h;d;p;f]{[d;p;f;t].Q.dpft[d;p;f;t];t set 0#value t}[d;p;f]each tables[];if[h;h:hopen h;h"\\l .";hclose h]}

/ .h markup
.h.br:"<br>"
.h.c0:`024C7E
.h.c1:`958600
.h.sa:"a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}"
.h.sb:"body{font:10pt verdana;text-align:justify}"
.h.sc:"$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
.h.d:" "
.h.HOME:"html"
.h.logo:"<a href=\"https://kx.com\">KX</a>"
.h.val:value
.h.htc:{"<",s,">",y,"</",(s:string x),">"}
.h.hta:{"<",(string x),(raze" ",'(string key y),'"=",'{$[10h=type x;"\"",x,"\"";string x]}each value y),">"}
.h.htac:{.h.hta[x;y],z,"</",(string x),">"}
.h.ha:{"<a href=",$[10h=type x;"\"",x,"\"";string x],">",y,"</a>"}
.h.hb:{"<a target=v href=",$[10h=type x;"\"",x,"\"";string x],">",y,"</a>"}
.h.hc:{ssr[x;"<";"&lt;"]}
.h.xs:{ssr[ssr[ssr[x;"&";"&amp;"];"<";"&lt;"];">";"&gt;"]}
.h.hr:{(count x)#"-"}
.h.nbr:{"<nobr>",x,"</nobr>"}
.h.pre:{"<pre>",(raze x,\:"\n"),"</pre>"}
.h.xmp:{"<xmp>",(raze x,\:"\n"),"</xmp>"}
.h.text:{raze{"<p>",x,"</p>\n"}each x}
.h.code:{" "sv{$[y;"<code><nobr>",x,"</nobr></code>";x]}'[s;(count s:"\t"vs x)#01b]}
.h.http:{" "sv{$[x like"http://*";.h.ha[x;x];x]}each" "vs x}
.h.html:{"<html><head><style>",.h.sa,.h.sb,"</style></head><body>",x,"</body></html>"}
.h.fram:{[t;s;f]"<html><head><title>",t,"</title><frameset cols=\"",(string 26+10*max count each s),",*\"><frame src=\"",f[0],"\"><frame name=v src=\"",f[1],"\"></frameset></head></html>"}

/ .h URIs: %xx escapes, lower-case hex, for every character not in x; a % not before two hex digits stays
.h.hug:{[x;y]raze{$[x in y;enlist x;"%",string"x"$x]}[;x]each y}
.h.hu:{.h.hug[.h.sc]x}
.h.uh:{s:"%"vs x;(first s),raze{$[(1<count x)&all(2#x)in"0123456789abcdefABCDEF";("c"$"X"$2#x),2_x;"%",x]}each 1_s}

/ .h data: CSV, TSV, XML, Excel XML (the declaration, then the workbook in one string), JSON lines;
/ .h.cd joins the items of nested columns with .h.d
.h.cd:{csv 0:$[.Q.qt x;flip{$[0h<>type x;x;1<>count distinct u:type each x;x;0h>=v:first u;x;10h=v;x;.h.d sv/:string x]}each flip 0!x;x]}
.h.td:{"\t"0:x}
.h.xd:{g:{("<",x,">"),/:y,\:"</",x,">"};(enlist"<R>"),({"<r>",x,"</r>"}each raze each flip(string key d)g'{.h.xs each$[0h<type x;string x;x]}each value d:flip 0!x),enlist"</R>"}
.h.es:{[n;t]c:{k:$[(abs type x)in 1 4 5 6 7 8 9h;"Number";"String"];{"<Cell><Data ss:Type=\"",y,"\">",(.h.xs x),"</Data></Cell>"}[;k]each$[0h<type x;string x;x]}each value d:flip 0!t;h:{"<Cell><Data ss:Type=\"String\">",(.h.xs string x),"</Data></Cell>"}each key d;"<Worksheet ss:Name=\"",(string n),"\"><Table>",(raze{"<Row>",(raze x),"</Row>"}each flip(enlist each h),'c),"</Table></Worksheet>"}
.h.edsn:{("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>";"<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">",(raze .h.es'[key x;value x]),"</Workbook>")}
.h.ed:{("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>";"<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">",.h.es[`Sheet1;x],"</Workbook>")}
.h.iso8601:{$[null x;"";@[string"p"$x;4 7 10;:;"--T"]]}
.h.tx:`raw`json`csv`txt`xml`xls!(enlist;{.j.j each$[.Q.qt x;0!x;x]};.h.cd;.h.td;.h.xd;.h.ed)
.h.xt:{$[x~`json;.j.k each y;'`nyi]}

/ .h HTTP responses
.h.ty:`htm`html`csv`txt`xml`xls`gif`jpg`png`ico`svg`js`css`json`pdf`zip!("text/html";"text/html";"text/comma-separated-values";"text/plain";"text/plain";"application/msexcel";"image/gif";"image/jpeg";"image/png";"image/x-icon";"image/svg+xml";"application/javascript";"text/css";"application/json";"application/pdf";"application/zip")
.h.hn:{"HTTP/1.1 ",x,"\r\nContent-Type: ",$[y in key .h.ty;.h.ty y;"application/octet-stream"],"\r\nConnection: close\r\nContent-Length: ",(string count z),"\r\n\r\n",$[4h=type z;"c"$z;z]}
.h.hy:{.h.hn["200 OK";x;y]}
.h.he:{.h.hn["400 Bad Request";`txt;"'",.h.hc x]}
.h.hp:{.h.hy[`htm]"<html><head><style>",.h.sb,"</style></head><body>",.h.pre[x],"</body></html>"}
.h.ka:{$[x;"keep-alive";"close"]}

/ documented, but not in this engine: missing-partition schemas, adding
/ partitions, foreign keys, per-handle IPC options, profiling other processes, modules, Marqdown
.Q.bv:.Q.bvi:.Q.li:.Q.fk:.Q.prf0:.Q.rp:.h.ht:{'`nyi}
.Q.ipc:{[x;y]'`nyi}
