# expect: type=RuntimeError line=5
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError(name)
class Owner:
    d = Desc()
