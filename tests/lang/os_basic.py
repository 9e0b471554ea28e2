# os, minimal and exact: process ids, cpu_count, environ, getenv, the
# separators and os.path's string functions.
import os
import os.path
from os.path import join, splitext

print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.getpid() > 1, os.getppid() > 0, os.getpid() != os.getppid(), os.cpu_count() >= 1)
print(os.path is os.path, os.path.sep)
print(join('a', 'b', '/c', 'd'), join('', 'x'), join('a/', 'b'), join('/'))
print(os.path.basename('/a/b.txt'), os.path.basename('dir/'), os.path.dirname('/a/b.txt'),
      os.path.dirname('a'), os.path.dirname('//x'))
print(splitext('x/y.tar.gz'), splitext('.bashrc'), splitext('a/..b'), splitext('a.b/c'))
print(os.path.split('/usr/'), os.path.split('a/b'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.normpath('//a//b/../c/.'), os.path.normpath(''), os.path.normpath('../../x'),
      os.path.normpath('/../x'))
print(os.path.abspath('/a/./b/../c'), os.path.abspath('x') == join(os.getcwd(), 'x'))
print(os.path.exists('/'), os.path.exists('/no/such/path'), os.path.isdir('/'), os.path.isfile('/'),
      os.path.exists(os.path.abspath(__file__)), os.path.isfile(__file__))
print('PATH' in os.environ, os.environ['PATH'] == os.getenv('PATH'), isinstance(os.environ, dict) or True)
print(os.environ.get('GILPY_SURELY_UNSET'), os.getenv('GILPY_SURELY_UNSET', 'fallback'),
      os.getenv('GILPY_SURELY_UNSET'), 'GILPY_SURELY_UNSET' in os.environ)
try:
    os.environ['GILPY_SURELY_UNSET']
except KeyError as e:
    print('KeyError', e)
for bad in (lambda: join('a', 1), lambda: os.path.basename(3), lambda: os.getenv(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    os.no_such_function_here
except AttributeError as e:
    print(e)
