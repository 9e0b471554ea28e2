# expect: type=TypeError line=2
class X(list, dict):
    pass
