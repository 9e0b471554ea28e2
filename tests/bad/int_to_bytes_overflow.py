# expect: type=OverflowError line=2
print((256).to_bytes(1, "big"))
