# The import forms of os.path and multiprocessing's submodules, each the
# first import of its package; the classes' names as CPython gives them.
import os.path
import multiprocessing.pool
from multiprocessing.pool import Pool
from multiprocessing.context import TimeoutError
import multiprocessing as mp

print(os.path.join('a', 'b'), os.path.__name__)
print(mp.pool.Pool is Pool, TimeoutError is mp.TimeoutError)
print(Pool, mp.Process, mp.pool.AsyncResult, mp.ProcessError)
print(issubclass(TimeoutError, mp.ProcessError), issubclass(mp.ProcessError, Exception))
print(mp.get_start_method(), mp.get_all_start_methods()[-1] == 'fork' or True)
