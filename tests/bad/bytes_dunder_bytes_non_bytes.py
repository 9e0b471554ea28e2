# expect: type=TypeError line=6
# __bytes__ must return bytes: CPython's "returned non-bytes" TypeError
class C:
    def __bytes__(self):
        return 5
print(bytes(C()))
