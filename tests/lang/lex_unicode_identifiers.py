# Non-ASCII identifiers: letters of any script are names, as in Python 3.
café = 1
naïve_ü = café + 1
Δx = 0.5
变量 = "ok"
def größe(länge):
    return länge * 2
print(naïve_ü, Δx, 变量, größe(21))
π_2 = 3
print(π_2)
