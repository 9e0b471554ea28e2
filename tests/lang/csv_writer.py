# csv.writer: minimal quoting, QUOTE_ALL/NONNUMERIC/NONE with escapechar,
# single empty fields, None, numbers, lineterminator; write's result.
import csv
import io

rows = [['a', 'b c', 'd,e', 'f"g', 'h\ni', 'j\rk', '', None, 1, 2.5, True],
        [''], [], [None], ['x']]
for kw in ({}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'lineterminator': '\n'}, {'delimiter': ';', 'quotechar': "'"},
           {'doublequote': False, 'escapechar': '\\'}, {'dialect': 'unix'},
           {'dialect': 'excel-tab'}):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    print(w.writerow(rows[0]))
    w.writerows(rows[1:])
    print(kw, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f', 'g\nh'])
w.writerow('xyz')
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, escapechar='!').writerow(['a!b', 'c,d'])
print(repr(s.getvalue()))
for bad in ([''], ['a,b']):
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(bad)
    except csv.Error as e:
        print('Error:', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error:', e)
