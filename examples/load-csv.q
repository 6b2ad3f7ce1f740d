/ Loads examples/trade.csv (sym,price,size with a header row) into the table trade.
/ Run from the repository root: \l examples/load-csv.q
trade:("SFJ";enlist ",") 0: `:examples/trade.csv
