# expect: type=TypeError line=6
class P:
    __match_args__ = ["x"]
    x = 1
match P():
    case P(a):
        pass
