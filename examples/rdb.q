/ What each engine secondary of the rdb pool (examples/pools.conf) loads: today's trades, in memory, as a
/ TorQ rdb holds them; the hdb pool's secondary loads startup.q, the past days on disk.
trade:([] time:09:30:00.000 09:30:01.500 09:31:02.250 09:32:10.000 09:33:00.750; sym:`AAPL`MSFT`AAPL`IBM`MSFT; price:190.5 410.25 190.75 160.1 410.5; size:100 250 300 50 400)
