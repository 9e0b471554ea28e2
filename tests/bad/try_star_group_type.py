# expect: type=TypeError line=4
try:
    raise ValueError(1)
except* ExceptionGroup:
    pass
