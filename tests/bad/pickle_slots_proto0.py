# expect: type=TypeError line=11
# protocol 0 and 1 cannot pickle a class with __slots__ and no __getstate__.
import pickle


class S:
    __slots__ = ("a",)

s = S()
s.a = 1
pickle.dumps(s, 1)
