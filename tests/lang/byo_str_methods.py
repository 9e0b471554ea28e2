# Text munging with str methods only: normalising a CSV-ish log, title
# case, slugs, a Caesar cipher with maketrans/translate, palindromes,
# word wrap by hand, centering a banner, partition/rsplit/splitlines.
LOG = """  2024-03-01 | ERROR | Disk  FULL on /dev/sda1
2024-03-01 | info  | backup started
2024-03-02 | WARN | temperature 81C   
  2024-03-02 | error | fan failure
"""

entries = []
for line in LOG.strip().splitlines():
    date, level, msg = (part.strip() for part in line.split("|"))
    entries.append((date, level.upper(), " ".join(msg.split())))
for e in entries:
    print(e)
print([lvl for _, lvl, _ in entries].count("ERROR"), sum(1 for e in entries if e[2].lower().startswith("fan")))


def slugify(title):
    keep = "".join(c.lower() if c.isalnum() else " " for c in title)
    return "-".join(keep.split())


print(slugify("Hello, World! Python's GIL (explained)"), "gil" in slugify("The GIL"))
print("the gil is per process".title(), "ÉCOLE".lower(), "straße".upper(), "MiXeD".swapcase(), "x".capitalize())

SHIFT = 3
alpha = "abcdefghijklmnopqrstuvwxyz"
enc = str.maketrans(alpha + alpha.upper(), alpha[SHIFT:] + alpha[:SHIFT] + (alpha[SHIFT:] + alpha[:SHIFT]).upper())
secret = "Attack at Dawn!".translate(enc)
dec = {v: k for k, v in enc.items()}
print(secret, secret.translate(dec), "hello".translate({ord("l"): None}))


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


print([is_palindrome(s) for s in ("A man, a plan, a canal: Panama", "gilpy", "No 'x' in Nixon")])


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return lines + [current] if current else lines


for line in wrap("Only one thread can execute Python bytecode at a time inside a single process.", 24):
    print(f"|{line:<24}|")
print("GIL".center(20, "="), "x".ljust(3, ".") + "|", "7".zfill(3), "-7".zfill(4), "ab".rjust(4))
print("key=value=more".partition("="), "a/b/c.txt".rpartition("/"), "a,b,,c".split(","), "a b  c".split(None, 1))
print("path/to/file.tar.gz".rsplit(".", 2), "x\ny\r\nz".splitlines(), "x\ny\n".splitlines(keepends=True))
print(" pad ".strip(), "xxhixx".strip("x"), "www.site.com".removeprefix("www."), "file.py".removesuffix(".py"))
print("hello world".find("o"), "hello world".rfind("o"), "hello".index("l"), "banana".count("an"), "banana".replace("a", "A", 2))
print("abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "snake_case".isidentifier(), "٣".isnumeric())
print(", ".join(sorted({"b", "a", "c"})), "-".join(map(str, range(4))), "tab\tsep".expandtabs(4), "%".join("ab"))
print(ord("A"), chr(9731), "é".encode(), len("naïve"), "ß".casefold(), sorted("hello", reverse=True))
