while x:
    break
else:
    pass