# str subclasses: the string methods work on the value and return plain strs.
class Name(str):
    def greet(self):
        return "hello " + self

    def initials(self):
        return "".join(w[0] for w in self.split())

n = Name("ada lovelace")
print(n, repr(n), n.greet(), n.initials(), n.upper(), type(n.upper()).__name__, len(n))
print(n == "ada lovelace", n < "b", hash(n) == hash("ada lovelace"), {"ada lovelace": 1}[n])
print(n[0], n[-1], n[:3], type(n[:3]).__name__, "love" in n, n.startswith("ada"), n.split())
print(n + "!", "<" + n + ">", n * 2, f"[{n}]", f"{n:>15}|", "%s!" % n, str(n), type(str(n)).__name__)
for ch in Name("abc"):
    print(ch, end=".")
print()
print(isinstance(n, str), sorted([Name("b"), "a", Name("c")]), Name(42), Name(), int(Name("7")) + 1)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

u = Upper("shout")
print(u, type(u).__name__, u.lower(), float(Name("2.5")))
