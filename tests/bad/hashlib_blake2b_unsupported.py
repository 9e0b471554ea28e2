# expect: type=ValueError line=4 py=ok
# hashlib: blake2b is CPython's but not gilpy's: named as unsupported.
import hashlib
hashlib.blake2b(b"x")
