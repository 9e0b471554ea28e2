# hashlib and hmac: every algorithm gilpy has, copy, bytes-likes, the
# errors CPython raises, HMAC with each digestmod form, PBKDF2, file_digest.
import hashlib, hmac
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = h.copy()
    h2.update(b'def' * 1000)
    print(h.hexdigest() == hashlib.new(name, b'abc').hexdigest(), h2.hexdigest())
print(hashlib.sha256(b'x' * 5000).hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha1(bytearray(b'hi')).hexdigest())
print(hashlib.sha256(memoryview(b'hello world')[6:]).hexdigest())
print(hashlib.new('SHA256', b'a').name)
print(type(hashlib.md5()).__name__, type(hashlib.md5()).__module__)
for bad in ("s", 5, None):
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hmac.new(b'k' * 200, b'msg', hashlib.sha1).hexdigest())
m = hmac.new(b'key', digestmod=hashlib.md5)
m.update(b'part1')
c = m.copy()
m.update(b'part2')
print(m.name, m.digest_size, m.hexdigest(), c.hexdigest())
print(hmac.digest(b'key', b'msg', 'sha512').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', b'ab'))
try:
    hmac.new(b'key', b'msg')
except TypeError as e:
    print('TypeError', e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
import io
print(hashlib.file_digest(io.BytesIO(b'data' * 100000), 'sha256').hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha256'}))
