/ What each engine secondary loads (java -jar launcher/target/launcher.jar -p 5001 2 examples/startup.q):
/ a trade table of 10,000 rows, built by arithmetic so that every secondary holds the same data.
trade:{[n] i:til n;
  ([] sym:`AAPL`AMZN`GOOG`IBM`MSFT i mod 5; price:100+0.01*(7919*i) mod 10000; size:(104729*i) mod 100000)} 10000
