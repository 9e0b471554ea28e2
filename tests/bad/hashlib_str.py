# expect: type=TypeError line=4
# hashlib: a str must be encoded before hashing.
import hashlib
hashlib.sha256().update("text")
