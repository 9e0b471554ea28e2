# platform: gilpy's answers differ from python3's (python_implementation
# is 'gilpy'), so only stable properties are printed: types, shapes and
# the agreement of the functions with uname().
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), len(tuple(u)), u._fields[:5])
print(u.system == platform.system() == 'Linux', u.machine == platform.machine())
print(u.node == platform.node(), u.release == platform.release(), u.version == platform.version())
print(all(isinstance(x, str) for x in u), u[0] == u.system, isinstance(platform.processor(), str))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(platform.python_version().split('.')))
print(platform.python_implementation() in ('CPython', 'gilpy'))
print(type(platform.python_compiler()).__name__, platform.architecture()[0])
print(platform.platform().startswith('Linux-'), platform.platform(terse=True).count('-') >= 1)
print(repr(u).startswith("uname_result(system='Linux', node="))
