# expect: type=SyntaxError line=6
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
