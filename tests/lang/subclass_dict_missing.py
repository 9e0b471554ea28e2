# dict subclasses: __missing__ supplies absent keys for d[k] only.
class Zero(dict):
    def __missing__(self, key):
        return 0

z = Zero(a=1)
print(z["a"], z["b"], z.get("b"), "b" in z, len(z), z)

class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v

tree = Auto()
tree["x"]["y"]["z"] = 1
tree["x"]["w"] = 2
print(tree, type(tree["x"]).__name__)

class Loud(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)

try:
    Loud()["k"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(z, dict), type(z) is Zero, dict(z), {**z, "c": 3})
