# expect: type=NotImplementedError line=13 py=ok
class P:
    __slots__ = ("x",)


class Q(P):
    pass


q = Q()
q.x = 1
q.z = 2
print(vars(q))
