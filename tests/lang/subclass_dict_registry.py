# A dict subclass overriding __setitem__ and __getitem__ (update bypasses them, as in CPython).
class Registry(dict):
    def __setitem__(self, key, value):
        print("register", key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["ALPHA"], r["beta"], sorted(r), r)
r.update(Gamma=3)  # dict.update does not call the override
print(sorted(r.items()), r.get("gamma"), r.get("Gamma"))
print(len(r), list(r.keys()), list(r.values()), r.pop("alpha"), r)
for k in r:
    print(k, dict.__getitem__(r, k))
r.setdefault("delta", 4)
print(r.copy(), type(r.copy()).__name__, r == {"beta": 2, "Gamma": 3, "delta": 4})
