# str.isdecimal, isdigit, isnumeric, isalpha, isalnum and isidentifier over
# every code point, as CPython 3.11 (Unicode 14) answers them, summed by kind
# (isprintable too, with a checksum of where the runs of printables break);
# re's \d and \w on samples; sys.maxunicode.
import re
import sys

counts = {}
for cp in range(sys.maxunicode + 1):
    if 0xd800 <= cp <= 0xdfff:  # gilpy's str has no lone surrogates
        continue
    ch = chr(cp)
    key = (ch.isdecimal(), ch.isdigit(), ch.isnumeric())
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    print(key, counts[key])
samples = '7٣²①½Ⅻ一〇x_'
for ch in samples:
    print(repr(ch), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(),
          bool(re.match(r'\d', ch)), bool(re.match(r'\w', ch)), ('a' + ch).isidentifier())
print(sum(1 for cp in range(sys.maxunicode + 1) if not 0xd800 <= cp <= 0xdfff and chr(cp).isalnum()))
starts = conts = 0
for cp in range(0x80, sys.maxunicode + 1):
    if 0xd800 <= cp <= 0xdfff:
        continue
    ch = chr(cp)
    starts += ch.isidentifier()
    conts += ('a' + ch).isidentifier()
print(starts, conts, 'a\u0301'.isidentifier(), '\u2160x'.isidentifier(), '1a'.isidentifier())
printable = breaks = 0
last = True
for cp in range(sys.maxunicode + 1):
    p = not 0xd800 <= cp <= 0xdfff and chr(cp).isprintable()
    printable += p
    if p != last:
        breaks = (breaks * 31 + cp) % 1000000007
        last = p
print(printable, breaks)
