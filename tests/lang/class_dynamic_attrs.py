# Attributes added at runtime via setattr/getattr loops.
class Config:
    pass
c = Config()
for k, v in [("host", "h"), ("port", 80), ("debug", False)]:
    setattr(c, k, v)
print(sorted(vars(c).items()), getattr(c, "port"), c.debug)
for k in ["host", "port"]:
    delattr(c, k)
print(vars(c))
