/ What each engine secondary loads (java -jar launcher/target/launcher.jar -p 5001 2 examples/startup.q):
/ the date-partitioned database hdb/ beside this script (made from trade.csv by make-hdb.q).
/ Its table trade has the columns date, sym, price, size: 1000 rows over three days.
system "l ",1_string ` sv (first ` vs hsym .z.f),`hdb
