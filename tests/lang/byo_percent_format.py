# printf-style formatting as older tutorials and logging-style code write it:
# flags, widths, '*', precision of ints and strings, %c, and the errors.
cases = [("%6s|%-6s|%6d|%-6d|%5.1f", ("r","l",3,4,2.5)), ("%(a)s %(b)05.1f", {"a": 1, "b": 2.25}),
 ("%c %i %u %e %E %G %o %X %+d % d %#x %#o %3c %.3s %*d %-*d|", ("z", 1, 2, 1234.5, 0.00012, 1e-7, 8, 255, 5, 5, 255, 8, "q", "abcdef", 5, 3, 4, 2)),
 ("%-05d", 3), ("%+5s", "x"), ("%05s", "x"), ("%#5s", "x"), ("%-+6.2f", 3.14159), ("% 05d", -3), ("%.3d", 5), ("%5c", 65), ("%-3c|", "z"), ("%x", 3.0),
 ("%.3d|%8.3d|%-8.3x|%#.4x|%+.2d", (-5, 42, 255, 255, 7)), ("%.*f", (2, 3.14159)), ("%5.2s|", "abc"), ("%c", 0x110000), ("%c", "ab"), ("%d", "x"), ("%*d", ("a", 1)), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%", ()), ("%ld", 5), ("%05.1f%%", 99.5), ("%s", [1]), ("%r", ("a",)), ("%(x)r and %(x)s", {"x": "q"}), ("%i", True), ("%x", -255), ("%08.3f", -1.5), ("%-8.3e|", 12345.678), ("%c", True), ("%d", 3.99), ("%o", 2**70), ("%.2d", 2**70)]
for f, a in cases:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
