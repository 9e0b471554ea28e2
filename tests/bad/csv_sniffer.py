# expect: type=NotImplementedError line=4 py=ok
# csv.Sniffer is not provided: making one names it, never guesses wrong.
import csv
csv.Sniffer()
