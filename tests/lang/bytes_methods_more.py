# The rest of bytes' methods: partition, rfind/rindex, splitlines, rsplit,
# the is* predicates, case changes, padding, prefixes, translate, tabs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"key=value=more"
t(lambda: b.partition(b"="))
t(lambda: b.rpartition(b"="))
t(lambda: b.partition(b"#"))
t(lambda: b.rpartition(b"#"))
t(lambda: b.partition(b""))
t(lambda: b.partition("="))
t(lambda: b.rfind(b"="))
t(lambda: b.rfind(b"=", 0, 9))
t(lambda: b.rfind(61))
t(lambda: b.rfind(b"x"))
t(lambda: b.rfind(b""))
t(lambda: b.rfind(b"", 3, 5))
t(lambda: b.rindex(b"e"))
t(lambda: b.rindex(b"z"))
t(lambda: b.index(b"v", 2))
t(lambda: b.index(b"v", 7))
t(lambda: b.count(b"e", 2, 10))
t(lambda: b.count(b"", 2, 10))
t(lambda: b.count(101, -5))

t(lambda: b"a\nb\r\nc\rd\n".splitlines())
t(lambda: b"a\nb\r\nc\rd\n".splitlines(True))
t(lambda: b"a\nb".splitlines(keepends=True))
t(lambda: b"".splitlines())
t(lambda: b"\n\n".splitlines())
t(lambda: b"a\x0bb\x0cc\x1cd".splitlines())

t(lambda: b"a b  c ".rsplit())
t(lambda: b"  a b  c ".rsplit(None, 1))
t(lambda: b"a,b,,c".rsplit(b","))
t(lambda: b"a,b,,c".rsplit(b",", 2))
t(lambda: b"a,b,,c".rsplit(sep=b",", maxsplit=1))
t(lambda: b"a".rsplit(b""))
t(lambda: b"aaa".rsplit(b"aa"))

t(lambda: b"xxhixx".lstrip(b"x"))
t(lambda: b"xxhixx".rstrip(b"x"))
t(lambda: b"  hi  ".lstrip(None))
t(lambda: b"xyhiyx".strip(b"yx"))

for s in [b"", b"123", b"12a", b"abc", b"ABC", b"Abc", b"aBC", b" \t\n", b"Hello World",
          b"Hello world", b"HELLO", b"hello 1", b"1A", b"A1 B2", b"\xe9", b"a\xe9"]:
    print(s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isascii())

for s in [b"hello world", b"HELLO wORLD", b"they're bill's", b"3rd place", b"a\xe9b", b""]:
    print(s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower())

t(lambda: b"ab".center(7))
t(lambda: b"ab".center(7, b"*"))
t(lambda: b"abc".center(6, b"*"))
t(lambda: b"ab".ljust(5, b"-"))
t(lambda: b"ab".rjust(5))
t(lambda: b"ab".rjust(1))
t(lambda: b"ab".center(5, b"**"))
t(lambda: b"ab".center(5, "*"))
t(lambda: b"ab".ljust(2.5))
t(lambda: b"42".zfill(5))
t(lambda: b"-42".zfill(5))
t(lambda: b"+42".zfill(2))
t(lambda: b"".zfill(3))

t(lambda: b"prefix-body".removeprefix(b"prefix-"))
t(lambda: b"prefix-body".removeprefix(b"body"))
t(lambda: b"prefix-body".removesuffix(b"-body"))
t(lambda: b"prefix-body".removesuffix(b""))
t(lambda: b"x".removeprefix("x"))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:3])
t(lambda: b"aabbcc-d".translate(table))
t(lambda: b"aabbcc-d".translate(table, b"b-"))
t(lambda: b"aabbcc-d".translate(None, b"ad"))
t(lambda: b"aabbcc-d".translate(None))
t(lambda: b"abc".translate(b"short"))
t(lambda: bytes.maketrans(b"ab", b"x"))
t(lambda: bytes.maketrans("ab", "xy"))
t(lambda: b"abc".translate(None, delete=b"b"))

t(lambda: b"a\tbc\tdef\tg".expandtabs())
t(lambda: b"a\tbc\tdef\tg".expandtabs(4))
t(lambda: b"a\tb\nc\td".expandtabs(tabsize=2))
t(lambda: b"\t".expandtabs(0))
t(lambda: b"ab\r\tc".expandtabs(3))
