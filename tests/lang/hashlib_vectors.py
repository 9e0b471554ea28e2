# hashlib's digests at lengths around each block boundary (55, 56, 64, 111,
# 112, 128 bytes), fed whole and in pieces of every size up to 9, so that the
# framing of partial blocks is checked against CPython's (OpenSSL's) digests.
import hashlib

data = bytes((i * 31 + 7) & 255 for i in range(300))
for name in sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha224', 'sha256',
                                                   'sha384', 'sha512'}):
    for n in (0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 300):
        whole = hashlib.new(name, data[:n]).hexdigest()
        same = True
        for piece in range(1, 10):
            h = hashlib.new(name)
            for i in range(0, n, piece):
                h.update(data[i:i + piece])
            same = same and h.hexdigest() == whole
        print(name, n, whole[:16], same)
