# expect: type=SyntaxError line=4
try:
    pass
except*:
    pass
