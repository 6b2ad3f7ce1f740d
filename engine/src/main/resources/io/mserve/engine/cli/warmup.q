/ Run by a server at start-up in a session of its own (cli/Warmup.java): the q-SQL forms kdb+ users
/ write, over small tables of its own, so that the JIT has compiled their loops before the first query.
n:200000; i:til n; s:`$"w",/:string til 20
t:([] sym:s i mod 20; time:"t"$36000000+i*50; price:10+((i*7) mod 1000)%10; size:(i*13) mod 1000)
u:([] sym:s (i*7) mod 20; time:"t"$36000000+i*50; bid:10+((i*11) mod 1000)%10; ask:10.1+((i*11) mod 1000)%10; bsize:i mod 100; asize:i mod 90)
w:select from t where size>990
count -8!select from t where sym=`w1, size>500
select n:count i from t where price within 20 30
select v:sum size, p:avg price, l:last price by sym from t
select v:sum size, f:first size by sym from t where price>50
select vwap:size wavg price, h:max price, l:min price by sym from t
select n:count i, v:sum size by sym, 5 xbar time.minute from t
select s:avg ask-bid, x:sum bsize*ask by sym from u
select d:dev price, v:var size, sd:sdev price, m:med price by sym from t
5#`price xdesc t
select distinct size from t
select n:count i by sym from t where sym like "*1*"
select from t where price=(max;price) fby sym
select n:count i, b:sum bid from aj[`sym`time;t;u]
select n:count i, a:sum ask from wj[-2000 0+\:w.time;`sym`time;w;(u;(max;`ask);(min;`bid))]
select h:max price, v:sum size by 60000 xbar time from t
