# expect: type=TypeError line=5
# fnmatch: a name that is not a path-like object is a TypeError.
import fnmatch

fnmatch.fnmatch(3, '*.py')
