# str.format's field scanning errors as CPython 3.11's parse_field words
# them, and format()'s invalid-spec message with a NUL kept (fuzz_formats).
for s in ['{5{:,:,} {:_x}', '{:, {:_x}', '{a{}', '{a{}}', '{:{}', '{', '{0', '{0!', '{0:', '{0[}', '{a{b}c}',
          'x{}{', '{!r', '{0!r:{', '{0!}', '{0!rr}', '{0[1{]}', '{[}', '{0!r', '{0:{1}', '{}}', 'a}', '{:}}']:
    try:
        print(repr(s), repr(s.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(s), type(e).__name__, e)
for s in ["%*x \x00o", "\x00", "x\x00y"]:
    try:
        format(1, s)
    except ValueError as e:
        print(repr(str(e)))
for s in ['{.}', '{0.}', '{0[]}', '{0..a}', '{.real}', '{0.real.}', '{0[0].}', '{0.real[]}']:
    try:
        print(repr(s), repr(s.format(1.5)))
    except (ValueError, TypeError, AttributeError) as e:
        print(repr(s), type(e).__name__, e)
