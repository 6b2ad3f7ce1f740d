/ Run by a server at start-up in a session of its own (cli/Warmup.java) so that the JIT has compiled the engine's
/ kernels before a client's first query. It goes through the kernels generically, over small tables of its own: every
/ aggregate over every numeric type grouped by every key type and by pairs of keys, every comparison in a where phrase,
/ sorts, distinct, joins, text patterns, buckets. The last statement (the queries) is run a few times, the others once.
n:20000; i:til n; ks:`$"k",/:string til 37
t:([] s:ks (i*7) mod 37; j:(i*7919) mod 1000; k:`int$(i*31) mod 500; h:`short$i mod 300; e:`real$((i*13) mod 997)%7; f:((i*104729) mod 10007)%3; tm:"t"$(i*97) mod 86400000; d:2020.01.01+i mod 60; b:0=i mod 3)
r:([] s:ks (i*5) mod 37; tm:"t"$(i*89) mod 86400000; x:((i*6131) mod 1000)%10; y:(i*11) mod 100)
`tm xasc `r; v:select from t where j<20; kt:([s:ks] w:til 37)
aggs:string`count`sum`avg`min`max`first`last`var`dev`svar`sdev`med; nums:string`j`k`h`e`f; keys:("s";"j";"k";"tm";"d";"b";"s,d";"k,b";"d,s,b";"s,10 xbar j";"100 xbar tm.minute";"s,15 xbar tm.minute")
cmps:("j>500";"f<100";"k=7";"s=`k3";"j within 100 200";"e<=50";"f>=1000";"j<>5";"s in `k1`k2`k5";"b";"s like \"k1*\"";"d=2020.01.05";"tm<12:00:00.000";"h>150")
qs:raze{[a]raze{[a;x]{[a;x;k]"select r:",a," ",x," by ",k," from t"}[a;x]each keys}[a]each nums}each aggs
qs,:raze{("select from t where ",x;"select r:count i from t where ",x;"select r:sum j, c:avg f by s from t where ",x;"select from t where ",x,", j>100")}each cmps
qs,:raze{[x]raze{[x;y]("select r:",x," wavg ",y," by s from t";"select r:sum ",x,"*",y," by s from t";"select r:avg ",x,"-",y," by k from t";"select from t where ",x,"=(max;",x,") fby s";"select from t where ",y,">(avg;",y,") fby d")}[x]each nums}each nums
qs,:raze{("10#`",x," xdesc t";"5#`",x," xasc t";"asc t`",x;"desc t`",x;"iasc t`",x;"idesc t`",x;"distinct t`",x;"select distinct ",x," from t";"count group t`",x;"select r:count i by ",x," from t")}each nums,("s";"tm";"d")
qs,:("aj[`s`tm;t;r]";"aj0[`s`tm;t;r]";"wj[-1000 0+\\:v.tm;`s`tm;v;(r;(max;`x);(min;`y);(sum;`x))]";"wj1[-500 500+\\:v.tm;`s`tm;v;(r;(avg;`x))]";"t lj kt";"t ij kt";"v uj r";"ej[`s;v;r]";"select r:count i by 100 xbar j from t";"select r:sum f by 300000 xbar tm from t";"select from r where s like \"k2?\"";"select from t where s like \"*3*\"")
{value x} each qs
