# expect: type=TypeError line=2
class C(1):
    pass
