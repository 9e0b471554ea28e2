# csv.reader: quoting, doubled quotes, embedded newlines, escapechar,
# skipinitialspace, QUOTE_NONNUMERIC/QUOTE_NONE, dialects, line_num.
import csv
import io

text = 'a,b,c\r\n1,"two, three","say ""hi"""\r\n\r\n"multi\nline",x,\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')))
print(list(csv.reader(['1,2.5,"x",-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",b"c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\tb\t"c\td"'], dialect='excel-tab')))
print(list(csv.reader(['"a"b,c', '"x" ,y'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a,"b', 'c"', 'd'])))
print(list(csv.reader(['', ',', ' ', '""'])))
print(list(csv.reader(['a\\', 'b'], escapechar='\\')))
print(list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
print(list(csv.reader(['a,b\n', 'c,d\r\n', 'e\r'])))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['"a""b"'], doublequote=False)))
d = csv.reader([]).dialect
print(d.delimiter, d.quotechar, d.doublequote, d.escapechar, repr(d.lineterminator),
      d.quoting, d.skipinitialspace, d.strict)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE)
print(sorted(csv.list_dialects()), list(csv.reader(['a|b"c'], 'pipes')))
print(csv.get_dialect('pipes').delimiter, csv.get_dialect('unix').quoting)
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error:', e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)


class NoQuote(csv.excel):
    quotechar = None


for args, kw in (((), {'quotechar': None}), ((NoQuote,), {}), ((NoQuote,), {'quotechar': None}),
                 (('excel',), {'quotechar': None})):
    try:
        print(csv.reader([], *args, **kw).dialect.quoting)
    except TypeError as e:
        print('TypeError', e)
