# expect: type=TypeError line=4
# stat.S_ISDIR: the mode must be an int (CPython's "an integer is required").
import stat
stat.S_ISDIR("0o40000")
