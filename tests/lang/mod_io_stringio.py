# io.StringIO: writing, reading, lines, seek/tell, print(file=...).
import io
buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"), buf.tell())
print("second line", 42, file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
r = io.StringIO("one\ntwo\nthree")
print(repr(r.readline()), repr(r.read(3)), repr(r.read()), repr(r.read()), r.tell())
r.seek(0)
print(r.readlines(), r.seek(0), list(r))
r.seek(4)
print(repr(r.readline(2)), repr(r.readline()))
w = io.StringIO("abcdef")
w.write("XY")
print(w.getvalue(), w.tell(), w.truncate(4), w.getvalue())
w.seek(0, 2)
w.write("!")
print(w.getvalue(), w.closed)
with io.StringIO() as f:
    f.writelines(["x\n", "y\n"])
    print(repr(f.getvalue()))
print(f.closed)
try:
    f.write("z")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
