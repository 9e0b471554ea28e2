# Keyword-only parameters after *args get only keywords.
def log(*msgs, level="info", sep=" "):
    return "[" + level + "] " + sep.join(map(str, msgs))
print(log("a", 1), log("b", level="warn"), log(1, 2, 3, sep="-"))
try:
    log(level="x", bad=1)
except TypeError as e:
    print(e)
