# expect: type=TypeError line=4
class C:
    pass
C()()
