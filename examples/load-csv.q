/ Loads trade.csv beside this script (sym,price,size with a header row) into the table trade.
trade:("SFJ";enlist ",") 0: ` sv (first ` vs hsym .z.f),`trade.csv
