# expect: type=TypeError line=5
class C:
    def m(self, a):
        return a
C().m(1, 2)
