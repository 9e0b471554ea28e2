# expect: type=TypeError line=2
class B(bool):
    pass
