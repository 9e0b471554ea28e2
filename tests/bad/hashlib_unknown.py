# expect: type=ValueError line=4
# hashlib: an algorithm no Python has.
import hashlib
hashlib.new("nosuch")
