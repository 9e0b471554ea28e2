# csv.DictReader and DictWriter over real files opened with newline='',
# restkey/restval, extrasaction, writeheader; the dialect errors.
import csv
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'data.csv')
with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['name', 'age', 'note'])
    w.writeheader()
    w.writerow({'name': 'Ann', 'age': 31, 'note': 'likes, commas'})
    w.writerows([{'name': 'Bob'}, {'name': 'Cy', 'age': 5, 'note': 'multi\nline'}])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for row in r:
        print(r.line_num, row)
os.remove(path)
text = 'a,b\n1,2,3,4\n\n5\n'
print(list(csv.DictReader(io.StringIO(text), restkey='rest', restval='?')))
print(list(csv.DictReader(io.StringIO('1,2\n'), fieldnames=['x', 'y'])))
print(csv.DictReader(io.StringIO('')).fieldnames)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print(e)
s = io.StringIO()
csv.DictWriter(s, ['a'], extrasaction='ignore').writerow({'a': 1, 'zz': 2})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ['a'], extrasaction='nope')
except ValueError as e:
    print(e)
for kw in ({'delimiter': None}, {'delimiter': 'ab'}, {'delimiter': 1}, {'quotechar': 1},
           {'quotechar': None}, {'quotechar': None, 'quoting': csv.QUOTE_MINIMAL},
           {'quoting': 9}, {'quoting': 'a'}, {'lineterminator': None},
           {'lineterminator': 1}, {'escapechar': ''}, {'foo': 1}):
    try:
        csv.writer(io.StringIO(), **kw)
        print('ok', kw)
    except TypeError as e:
        print('TypeError', e)
for f in (lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'),
          lambda: csv.reader([b'bytes']).__next__(), lambda: csv.Dialect(),
          lambda: list(csv.reader(['a\rb'])), lambda: list(csv.reader(['"a"b'], strict=True)),
          lambda: list(csv.reader(['"a'], strict=True))):
    try:
        f()
    except csv.Error as e:
        print('Error:', e)
for f in (lambda: csv.writer(1), lambda: csv.register_dialect(1),
          lambda: list(csv.reader(['x'], quoting=csv.QUOTE_NONNUMERIC))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
