# str.translate with str.maketrans's 1-, 2- and 3-argument tables and with
# any mapping; CPython's errors for bad tables and mappings.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t3 = str.maketrans("ab", "AB", "c!")
print(sorted(t3.items(), key=lambda kv: kv[0]), "abc! cab".translate(t3))
print("héllo wörld".translate(str.maketrans("éö", "eo")), "日本語".translate({ord("本"): "ほん"}))
print(sorted(str.maketrans({"a": "1", 98: None, "é": 233}).items()))
print("abc".translate({97: None, 98: "BB", 99: 100}), "abc".translate({}), "".translate({1: 2}))
print("hello".translate(str.maketrans("", "", "aeiou")), "x".maketrans("a", "b"))


class Table:
    def __getitem__(self, cp):
        if cp == ord("z"):
            raise IndexError(cp)
        return chr(cp + 1)


print("abz".translate(Table()))
bad_cases = [
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans("ab"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 3),
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}),
    lambda: "a".translate({97: 0x110000}),
    lambda: "a".translate(),
]
for f in bad_cases:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
