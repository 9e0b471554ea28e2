# expect: type=_csv.Error|csv.Error line=4
# csv.reader: a bare carriage return inside an unquoted field is csv.Error.
import csv
list(csv.reader(['a\rb,c']))
