# expect: type=TypeError|SyntaxError|NotImplementedError line=2 py=ok
class MyList(list):
    pass
print(MyList())
