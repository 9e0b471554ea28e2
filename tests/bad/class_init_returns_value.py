# expect: type=TypeError line=5
class C:
    def __init__(self):
        return 42
C()
