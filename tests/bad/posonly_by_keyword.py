# expect: type=TypeError line=4
def area(w, h, /):
    return w * h
print(area(2, h=3))
