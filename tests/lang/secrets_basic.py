# secrets: tokens' types and lengths, randbelow's and randbits' ranges,
# choice, compare_digest, os.urandom, and the argument errors.
import os
import secrets
import string

print(type(os.urandom(4)).__name__, len(os.urandom(0)), len(os.urandom(100)))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)))
h = secrets.token_hex()
print(len(h), len(secrets.token_hex(7)), all(c in string.hexdigits for c in h))
u = secrets.token_urlsafe()
print(len(u), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(1)),
      all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(secrets.DEFAULT_ENTROPY, secrets.token_bytes(0), secrets.token_hex(0))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(300)))
print(sorted(set(secrets.randbelow(3) for _ in range(300))))
print(secrets.randbelow(1), all(0 <= secrets.randbits(5) < 32 for _ in range(200)))
print(secrets.randbits(0), secrets.randbits(200) < 2 ** 200, secrets.randbelow(2 ** 100) < 2 ** 100)
print(secrets.choice('a'), secrets.choice([7, 7, 7]), secrets.choice(range(5, 6)))
print(sorted(set(secrets.choice('abc') for _ in range(200))))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'abc', b'abd'),
      secrets.compare_digest('x', 'x'), secrets.compare_digest(b'', b''))
# two tokens colliding would take 2**128 draws
print(secrets.token_bytes(16) != secrets.token_bytes(16))
print(isinstance(secrets.SystemRandom().getrandbits(8), int))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3),
            lambda: secrets.randbits(-1), lambda: secrets.choice([]), lambda: os.urandom(-1),
            lambda: os.urandom('x'), lambda: secrets.compare_digest('a', b'a'),
            lambda: secrets.token_bytes(-1), lambda: secrets.randbelow('x')]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
