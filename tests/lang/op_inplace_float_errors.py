# float shifts and bitwise in-place forms name the in-place operator.
for src in ("x = 1.5\nx <<= 2", "x = 1.5\nx |= 1", "x = 2\nx >>= 0.5", "x = 2.0\nx ^= 2.0", "x = 3\nx &= 1.0"):
    try:
        exec(src)
    except TypeError as e:
        print(e)
