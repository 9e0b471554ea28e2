# expect: type=NotImplementedError line=6 py=ok
import copy
class T(tuple):
    pass
t = T((1, [2]))
print(copy.deepcopy(t))
