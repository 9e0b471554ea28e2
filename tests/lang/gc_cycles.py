# Reference cycles are collected: by gc.collect() and automatically; the
# counts differ between interpreters (CPython has frame and cell objects),
# so only their lower bounds are printed.
import gc

print(gc.isenabled())
print(gc.get_threshold()[0])

# a list containing itself
l = [1, 2]
l.append(l)
print(l)
del l
print(gc.collect() >= 1)

# a dict containing itself, and two dicts referring to each other
d = {"k": 1}
d["self"] = d
a, b = {}, {}
a["b"] = b
b["a"] = a
del d, a, b
print(gc.collect() >= 3)

# a function whose default value refers back to the function
box = []


def f(x=box):
    return len(x)


box.append(f)
print(f())
del f, box
print(gc.collect() >= 2)

# a cycle through a tuple: the tuple holds the list that holds the tuple
holder = []
tup = (holder, "x")
holder.append(tup)
del holder, tup
print(gc.collect() >= 2)

# iterators and bound methods held by what they refer to
it_list = [1, 2, 3]
it_list.append(iter(it_list))
app = []
app.append(app.append)
del it_list, app
print(gc.collect() >= 2)

# exceptions chained into a cycle through __context__
def chain():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise KeyError("outer")
    except KeyError as e:
        return e


e = chain()
print(type(e.__context__).__name__, e.__context__)
keep = [e]
e.__context__.args  # reachable through the outer exception
del e, keep
gc.collect()

# an exception kept in a local of the frame it was raised in (in CPython a
# cycle through __traceback__ and the frame; gilpy's traceback holds no frame)
def keep_own():
    try:
        raise ValueError("kept")
    except ValueError as err:
        mine = err
    return [mine, str(mine)]


print(keep_own()[1])
gc.collect()

# nothing left: a second collection finds nothing of ours
print(gc.collect() >= 0)

# automatic collection: many cycles, with gc enabled, never pile up; with
# gc disabled they wait for gc.collect()
for i in range(20000):
    c = [i]
    c.append(c)
gc.disable()
print(gc.isenabled())
for i in range(1000):
    c = {"i": i}
    c["c"] = c
del c
print(gc.collect() >= 1000)
gc.enable()
print(gc.isenabled())
print(gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as err:
    print("ValueError", err)
