# expect: type=TypeError line=5
class C:
    def m():
        return 1
C().m()
