/ Makes a date-partitioned HDB of trades and quotes of any size, one date at a time (memory is bounded
/ by one day), for the HDB benchmark. Standard q only: it runs in the engine or in kdb+.
/   java -jar launcher/target/launcher.jar q examples/make-trades-hdb.q -dir /tmp/hdb -days 40 -rows 2500000
/   q examples/make-trades-hdb.q -dir /tmp/hdb -days 40 -rows 2500000
/ Options: -dir (required), -days (default 4), -rows trades a day (default 100000), -quotes quotes a day
/ (default: as -rows, at most 23400000), -start first date (default 2026.01.05; weekdays only), -syms how many syms (default 100).
/ Writes dir/sym and dir/<date>/trade (date,sym,time,price,size) and dir/<date>/quote
/ (date,sym,time,bid,ask,bsize,asize), each sorted by sym then time, `p# on sym (.Q.dpft).
/ Deterministic: day k's rows come from the seed k (\S), whatever the number of days.
o:.Q.opt .z.x
if[not `dir in key o; -2 "usage: make-trades-hdb.q -dir DIR [-days 4] [-rows 100000] [-quotes N] [-start 2026.01.05] [-syms 100]"; exit 1]
opt:{[o;k;default] $[k in key o; first o k; default]}[o]
dir:hsym `$opt[`dir;""]
ndays:"J"$opt[`days;"4"]
ntrades:"J"$opt[`rows;"100000"]
nquotes:"J"$opt[`quotes;opt[`rows;"100000"]]
start:"D"$opt[`start;"2026.01.05"]
nsyms:"J"$opt[`syms;"100"]
if[nquotes>23400000; -2 "at most 23400000 quotes a day (one a millisecond)"; exit 1]

/ syms S000 S001 ...; each has a base price from 10 to 500
syms:`$"S",/:{-3#"00",string x} each til nsyms
system "S 7"
base:10+0.01*floor 100*nsyms?490.0

/ weekdays from start, ndays of them
dates:ndays#d where 1<(d:start+til 2*ndays+7) mod 7

/ rows at ascending times (milliseconds from 09:30, before 16:00) for random syms
ticks:{[ms] `time xasc ([] sym:(count ms)?syms; time:09:30:00.000+ms)}

mktrade:{[n]
  t:ticks n?23400000;
  b:base syms?t`sym;
  update price:0.01*floor 100*b*0.98+n?0.04, size:`int$100*1+n?50 from t}

mkquote:{[n]
  / distinct quote times, so that an aj of a trade to a quote has one answer
  q:ticks neg[n]?23400000;
  b:base syms?q`sym;
  mid:b*0.98+n?0.04;
  half:0.01*1+n?5;
  update bid:0.01*floor 100*mid-half, ask:0.01*ceiling 100*mid+half, bsize:`int$100*1+n?20, asize:`int$100*1+n?20 from q}

t0:.z.p
-1 "making ",string[ndays]," days of ",string[ntrades]," trades and ",string[nquotes]," quotes a day in ",1_string dir;
{[k;d]
  system "S ",string 1+k;
  trade::mktrade ntrades;
  quote::mkquote nquotes;
  .Q.dpft[dir;d;`sym;`trade];
  .Q.dpft[dir;d;`sym;`quote];
  trade::0#trade; quote::0#quote;
  -1 string[d]," done (",string[1+k],"/",string[count dates],") after ",string[`second$.z.p-t0];
  }'[til count dates;dates];
-1 "done: ",string[ndays*ntrades]," trades, ",string[ndays*nquotes]," quotes";
exit 0
