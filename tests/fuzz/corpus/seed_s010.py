Sequential: 4.50s
Multiprocessing: 2.30s  (2x faster on 2 cores!)
