# Reference cycles through a subclass instance's payload and its attribute dict are collected.
import gc

class Node(list):
    pass

class Table(dict):
    pass

for i in range(3):
    n = Node([i])
    n.append(n)  # through the payload
    n.me = n  # through the instance dict
    t = Table(k=i)
    t["self"] = t
    t.owner = n
    n.append(t)
print(len(n), n[0], n[1] is n, t["k"], t.owner is n)
del n, t
gc.collect()
print(gc.collect() >= 0)
