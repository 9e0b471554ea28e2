# expect: type=TypeError line=4
try:
    raise ValueError(1)
except* 42:
    pass
