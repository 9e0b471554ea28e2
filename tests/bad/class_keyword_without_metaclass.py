# expect: type=TypeError line=2
class A(flag=1):
    pass
