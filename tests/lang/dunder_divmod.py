# divmod() calls __divmod__, then the other operand's __rdivmod__;
# NotImplemented passes to the next one, as for the operators.
class Dur:
    def __init__(self, s):
        self.s = s
    def __divmod__(self, other):
        if isinstance(other, int):
            return ("divmod", self.s // other, self.s % other)
        return NotImplemented
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.s)
class Sub(Dur):
    def __rdivmod__(self, other):
        return ("sub rdivmod", other.s, self.s)
print(divmod(Dur(125), 60))
print(divmod(7, Dur(3)))
print(divmod(Dur(1), Dur(2)))
print(divmod(Dur(1), Sub(2)))
class Nothing:
    pass
for a, b in [(Nothing(), 1), (1, Nothing()), (Dur(1), "x")]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError:", e)
