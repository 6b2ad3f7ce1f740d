/ What a q server runs before it listens (WarmUp.java), so that a client's first query runs about as fast as its
/ later ones: q-SQL's common forms, each once a round, over tables of its own. The JVM compiles a loop after some
/ 100,000 iterations (hence the tables' size) and recompiles it after its first exits; eight rounds, as by the
/ seventh the JIT has little left to recompile (-XX:+PrintCompilation). Without this, a form's first query over
/ millions of rows paid tens of milliseconds. The forms are the language's, not one workload's: every aggregate
/ over a float and a long column, wavg, wsum, every comparison in a where phrase (selecting, grouping, counting),
/ groupings by one key, two keys, buckets and dates (count sum avg max min first last each), sorts, distinct, like,
/ fby and the joins, over columns of the common types (symbol, date, time, timestamp, float, long, int). Run in a
/ session of its own, dropped after it: nothing stays in the server's.
n:131072; i:til n; s:`a`b`c`d`e`f`g`h
t:([] sym:s i mod 8; date:2026.01.01+i mod 4; time:"t"$34200000+(i*23400000) div n; stamp:2026.01.01D09:30+1000000*i;
 price:100+((i*7919) mod 10000)%100; size:(i*104729) mod 100000; qty:"i"$(i*7727) mod 1000)
q:([] sym:s (i*3) mod 8; time:"t"$34200000+(i*23400000) div n; bid:100+((i*6131) mod 10000)%100; ask:101+((i*6131) mod 10000)%100)
tw:select from t where size>=99000
aggregates:("count";"sum";"avg";"min";"max";"first";"last";"med";"dev";"var";"sdev";"svar")
groupings:(" by sym";" by sym, 5 xbar time.minute";" by 60000 xbar time";" by date";" by sym, date")
filters:("sym=`a";"size>90000";"price<150";"price within 120 130";"qty<=10";"sym in `a`b";"sym like \"*a*\"";"date=2026.01.02";
 "time within 10:00 11:00";"stamp>2026.01.01D10:00";"sym<>`b";"size>=99000, price>150")
forms:raze (
 {"select v:",x," price, w:",x," size by sym from t"} each aggregates;
 {"select n:count i, v:sum size, p:avg price, h:max price, l:min size, o:first price, c:last size",x," from t"} each groupings;
 {"select n:count i, v:sum size by sym from t where ",x} each filters;
 {"select from t where ",x} each filters;
 {"select count i from t where ",x} each filters;
 ("select vwap:size wavg price by sym from t"; "select w:size wsum price by sym from t"; "select s:avg ask-bid by sym from q";
  "select m:max ask+bid by sym from q";
  "5#`price xdesc t"; "5#`size xasc t"; "`sym`time xasc t"; "select distinct size from t"; "select distinct sym, qty from t";
  "select from t where price=(max;price) fby sym"; "select from t where size>(avg;size) fby sym";
  "aj[`sym`time;t;q]"; "aj0[`sym`time;t;q]"; "wj[-2000 0+\\:tw.time;`sym`time;tw;(q;(max;`ask);(min;`bid))]";
  "t lj 1!select sym, hi:max price from t"; "t ij 1!select sym, lo:min price from t"; "update x:price*size from t";
  "exec sum size by sym from t"; "delete from t where size<1000"))
/ each answer dropped as soon as it is made: the warm-up holds no more than its tables and one query's working set
run:{[form] value form;}
{run each forms} each til 8
