# pprint: recursive lists, dicts, tuples and dataclasses (ids masked),
# and the recursive/readable flags.
import pprint, re, dataclasses
def show(s):
    print(re.sub(r'id=\d+', 'id=N', s))
r = [1, 2]; r.append(r)
show(pprint.pformat(r)); show(pprint.saferepr(r)); show(pprint.pformat([r, r], width=10))
d = {'a': 1}; d['self'] = d
show(pprint.pformat(d)); show(pprint.pformat({'outer': d, 'pad': 'x' * 80}))
t = ([],); t[0].append(t)
show(pprint.pformat(t, width=5))
@dataclasses.dataclass
class Node:
    name: str
    children: list
n = Node('root', []); n.children.append(n); n.children.append(Node('leaf' * 10, []))
show(pprint.pformat(n, width=30))
print(pprint.pformat(n, width=30) == pprint.pformat(n, width=30))
pp = pprint.PrettyPrinter(); pp.pformat(r); print(pp._recursive, pp._readable)
