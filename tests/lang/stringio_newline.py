# io.StringIO's newline argument (csv reads io.StringIO(text, newline='')):
# None translates '\r\n' and '\r' written to '\n'; '' splits lines at '\r',
# '\r\n' and '\n' untranslated; '\r' and '\r\n' write '\n' as themselves.
import io
for nl in ('', None, '\n', '\r', '\r\n'):
    for text in ('a\rb\r\nc\nd', 'x\r', '\r\r\n\n', ''):
        s = io.StringIO(text, newline=nl)
        print(repr(nl), repr(text), list(s), repr(s.getvalue()))
        s.seek(0)
        print(repr(s.readline()), s.readlines())
s = io.StringIO(newline=None)
print(s.write('a\r'), s.write('\nb\r\n'), repr(s.getvalue()))
for bad in ('x', '\n\n', 5):
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = io.StringIO('p\nq', newline='\r\n')
s.seek(0, 2)
print(s.write('\nr'), repr(s.getvalue()), s.tell())
