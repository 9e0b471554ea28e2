# bytes(x) calls x.__bytes__ (checked to return bytes) and takes an
# __index__ as a count; bytes % x formats %b and %s through __bytes__.
class A:
    def __bytes__(self): return b'hi'
class Idx:
    def __index__(self): return 3
class Both(str):
    def __bytes__(self): return b'both'
class B(bytes): pass
class RB:
    def __bytes__(self): return B(b'sub')
print(bytes(A()), bytes(Idx()), bytearray(Idx()), bytes(Both('x')), bytes(RB()), type(bytes(RB())).__name__)
print(b'%b' % b'xy', b'%b' % bytearray(b'q'), b'%s|%b' % (A(), RB()), b'%5b|' % A(), b'%-4s|' % A())
print(b'%a' % 'é', b'%a' % 3, b'%r' % 'x', b'%a' % [b'\xff'], bytearray(b'%b') % A())
print(b'%s' % b'ab', b'%r' % b'ab', b'%(k)b' % {b'k': A()})
class C:
    def __bytes__(self): return 5
class E:
    def __bytes__(self): raise KeyError('boom')
for f in [lambda: bytes(3.5), lambda: bytes(C()), lambda: b'%b' % 3, lambda: b'%b' % C(),
          lambda: bytes(E()), lambda: b'%s' % 'str', lambda: bytearray(A()), lambda: bytes(A(), 'utf-8'),
          lambda: bytes(Idx(), 'ascii')]:
    try:
        print(f())
    except Exception as e: print(type(e).__name__, e)
