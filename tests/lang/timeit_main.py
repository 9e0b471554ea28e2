# timeit.main, the command line, with a fake timer (_wrap_timer) so that the
# times it prints are fixed; its option errors; getopt, which it parses with.
import timeit, getopt
class Fake:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * 0.25
def wrap(timer):
    return Fake()
print(timeit.main(['-n', '3', '-s', 'x = 1', 'x + 1'], _wrap_timer=wrap))
print(timeit.main(['-n', '2', '-r', '3', '-v', '-u', 'usec', 'pass'], _wrap_timer=wrap))
print(timeit.main(['-r', '2', 'pass'], _wrap_timer=wrap))
print(timeit.main(['-x']))
print(timeit.main(['-u', 'years', 'pass']))
print(getopt.getopt(['-a', '1', '--beta=2', 'rest', '-c'], 'a:c', ['beta=']))
print(getopt.gnu_getopt(['x', '-c', '--beta', '3'], 'a:c', ['beta=']))
try:
    getopt.getopt(['--nope'], 'a', ['yes'])
except getopt.GetoptError as e:
    print(type(e).__name__, e, e.opt, e.msg)
print(timeit.__doc__.splitlines()[0])
