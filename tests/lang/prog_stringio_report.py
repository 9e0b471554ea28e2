# Building a text report in io.StringIO, then parsing it back.
import io
rows = [("apples", 3, 0.5), ("pears", 10, 0.25), ("kiwis", 7, 0.8)]
out = io.StringIO()
print("name,qty,price", file=out)
for name, q, p in rows:
    print(f"{name},{q},{p:.2f}", file=out)
text = out.getvalue()
print(text, end="")
total = 0.0
inp = io.StringIO(text)
header = inp.readline().strip().split(",")
for line in inp:
    name, q, p = line.strip().split(",")
    total += int(q) * float(p)
print(header, round(total, 2))
