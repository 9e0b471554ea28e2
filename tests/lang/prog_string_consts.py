# Caesar cipher and character classes with the string module.
import string


def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    out = []
    for ch in s:
        if ch in lo:
            out.append(lo[(lo.index(ch) + k) % 26])
        elif ch in up:
            out.append(up[(up.index(ch) + k) % 26])
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! 123"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print(len([c for c in msg if c in string.punctuation]))
print(len([c for c in msg if c in string.digits]), set(msg) & set(string.whitespace), string.capwords("the end of it"))
