# __index__ where an int is required: range, hex, bin, oct,
# operator.index and sequence repetition.
import operator
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(N(3))), list(range(N(1), N(10), N(4))))
print(hex(N(255)), bin(N(5)), oct(N(8)), hex(N(-1)))
print(operator.index(N(12)), operator.index(True), operator.index(2 ** 70))
print([0] * N(3), N(2) * "ab", (1, 2) * N(2))
print(range(10)[N(3)], "%d" % 5)
acc = [7]
acc *= N(3)
print(acc)
