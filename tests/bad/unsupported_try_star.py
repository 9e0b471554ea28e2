# expect: type=SyntaxError|NotImplementedError line=2|4 py=ok
try:
    pass
except* ValueError:
    pass
