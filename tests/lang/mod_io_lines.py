# io.StringIO as a line source and sink; tell/seek round trips.
import io
src = io.StringIO("alpha 1\nbeta 2\n\ngamma 3\n")
totals = {}
for line in src:
    line = line.strip()
    if not line:
        continue
    name, n = line.split()
    totals[name] = int(n)
print(totals, src.read(), src.tell())
src.seek(0)
first = src.readline()
pos = src.tell()
rest = src.read()
src.seek(pos)
print(repr(first), pos, rest == src.read())
sink = io.StringIO()
for k in sorted(totals):
    sink.write(f"{k}={totals[k]};")
print(sink.getvalue(), len(sink.getvalue()))
