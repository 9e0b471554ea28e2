# Unpacking in list, tuple and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5], (*a,), (*a, *b, *"xy"))
print([*range(3)], [*{"k": 1, "j": 2}], [*[], *()])
d1 = {"a": 1, "b": 2}
print({**d1}, {**d1, "b": 3}, {"b": 0, **d1}, {**d1, **{"c": 9}})
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
t = *a, 9
print(t)
