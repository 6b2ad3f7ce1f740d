/ Makes the example date-partitioned database hdb/ from trade.csv, as kdb+ lays one out:
/ hdb/sym, and hdb/<date>/trade/ splayed and sorted by sym. Run from the repository root:
/   java -jar launcher/target/launcher.jar q examples/make-hdb.q  (then \\ to leave)
csv:("SFJ";enlist ",") 0: `:examples/trade.csv
trade:select from csv where (i mod 3)=0
.Q.dpft[`:examples/hdb;2026.11.23;`sym;`trade]
trade:select from csv where (i mod 3)=1
.Q.dpft[`:examples/hdb;2026.11.24;`sym;`trade]
trade:select from csv where (i mod 3)=2
.Q.dpft[`:examples/hdb;2026.11.25;`sym;`trade]
