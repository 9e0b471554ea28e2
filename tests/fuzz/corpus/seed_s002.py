Sequential: 4.50s
Threaded: 4.48s  (No improvement!)
