# SHA-3, SHAKE and BLAKE2 (with keys, salts, personalisation and tree
# parameters): digests of several lengths, incremental updates across
# block edges, copies, hmac and pbkdf2 over them, the classes' shapes.
import hashlib, hmac
msgs = [b'', b'abc', b'a' * 200, bytes(range(256)) * 5]
for n in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    for m in msgs:
        print(n, len(m), getattr(hashlib, n)(m).hexdigest()[:40], hashlib.new(n, m).hexdigest()[-16:])
for n in ['shake_128', 'shake_256']:
    for m in msgs:
        h = getattr(hashlib, n)(m)
        print(n, len(m), h.hexdigest(10), h.digest(400).hex()[-20:], h.hexdigest(0))
# incremental in odd pieces
for n in sorted(hashlib.algorithms_guaranteed):
    data = bytes(range(256)) * 7
    whole = hashlib.new(n, data)
    h = hashlib.new(n)
    i = 0
    for k in [1, 7, 63, 64, 65, 127, 128, 129, 135, 136, 137, 167, 168, 169, 300]:
        h.update(data[i:i + k]); i += k
    h.update(data[i:])
    c = h.copy()
    if n.startswith('shake'):
        print(n, whole.hexdigest(33) == h.hexdigest(33) == c.hexdigest(33), h.digest_size, h.block_size, h.name)
    else:
        print(n, whole.hexdigest() == h.hexdigest() == c.hexdigest(), h.digest_size, h.block_size, h.name)
# blake2 parameters
print(hashlib.blake2b(b'hi', digest_size=20, key=b'k' * 64, salt=b's' * 16, person=b'p' * 16).hexdigest())
print(hashlib.blake2s(b'hi', digest_size=7, key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.blake2b(b'', key=b'key').hexdigest()[:32], hashlib.blake2s(b'', key=b'key').hexdigest()[:32])
print(hashlib.blake2b(b'x' * 128, key=b'key').hexdigest()[:32], hashlib.blake2s(b'x' * 64, key=b'k').hexdigest()[:32])
print(hashlib.blake2b(b'tree', fanout=2, depth=2, leaf_size=4096, node_offset=5, node_depth=1, inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(b'tree', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True).hexdigest()[:32])
print(hashlib.blake2b(b'x', node_offset=2**64 - 1).hexdigest()[:16])
b = hashlib.blake2b(digest_size=16); b.update(b'abc'); print(b.digest_size, b.block_size, b.name, len(b.digest()), b.copy().hexdigest())
print(hashlib.new('blake2s', b'abc', digest_size=5).hexdigest())
print(hmac.new(b'key', b'msg', 'sha3_256').hexdigest(), hmac.new(b'key', b'msg', hashlib.blake2b).hexdigest()[:20])
print(hmac.digest(b'key', b'msg', 'sha3_512').hex()[:20], hmac.new(b'k', b'm', 'sha3_224').block_size)
print(hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 3).hex())
print(type(hashlib.sha3_256()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)
print(type(hashlib.shake_128()).__mro__[1].__name__, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.PERSON_SIZE)
print(repr(hashlib.sha3_256())[:25], repr(hashlib.blake2b())[:25], repr(hashlib.shake_128())[:25])
print(hashlib.blake2b(memoryview(b'abc')).hexdigest()[:16], hashlib.sha3_256(bytearray(b'abc')).hexdigest()[:16])
print(hashlib.sha3_256(b'x' * 5000).hexdigest()[:16], hashlib.blake2s(b'y' * 4097).hexdigest()[:16])
