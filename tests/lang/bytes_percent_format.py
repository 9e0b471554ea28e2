# bytes % x and bytearray % x (PEP 461): %s/%b take bytes-like values,
# %a/%r ascii(), %c an int below 256 or one byte, the numbers as str's;
# mapping keys are bytes; CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b"%c" % 256)
t(lambda: b"%c" % 2 ** 70)
t(lambda: b"%c" % "a")
t(lambda: b"%c" % b"ab")
t(lambda: b"%c|%c|%3c" % (65, b"z", 66))
t(lambda: b"%s" % "x")
t(lambda: b"%.2s|%5s|%-4b|" % (b"abc", b"ab", bytearray(b"q")))
t(lambda: b"" % b"x")
t(lambda: "" % b"x")
t(lambda: b"%a %r" % ("\xe9", b"\xff"))
t(lambda: b"%d %05.1f %x %o %e %+i %X" % (3, 2.25, 255, 8, 1e10, 4, 254))
t(lambda: b"%(k)s and %(n)d" % {b"k": b"v", b"n": 2})
t(lambda: b"%(k)s" % {"k": b"v"})
t(lambda: b"\xff%s\x80" % memoryview(b"\xfe"))
t(lambda: bytearray(b"%d") % 5)
t(lambda: b"%s %s" % b"x")
t(lambda: b"%s" % b"x")
t(lambda: b"%s" % (1,))
t(lambda: b"%z" % 1)
t(lambda: b"%" % ())
t(lambda: b"%i%%" % 3.9)
t(lambda: b"%s %s" % (b"a", b"b", b"c"))
t(lambda: b"%d" % "x")
t(lambda: "%a|%r|%s" % ("\xe9", "\xe9", "\xe9"))
t(lambda: "%05s|%+5s|% 5s|%#5s|%-05s|%010.3s|%5r|%-6a|" % ("ab", "ab", "ab", "ab", "ab", "abcdef", "e", "\xe9"))
t(lambda: b"%05s|%-05b|%010.3s|%5a|" % (b"ab", b"ab", b"abcdef", b"e"))
t(lambda: b"%0888888888888888888888888888d" % 5)
t(lambda: b"%.9999999999999d" % 5)
t(lambda: b"%.2147483647s" % b"x")
