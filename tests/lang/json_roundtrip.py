# Random nested documents (seeded) survive dumps then loads, under every
# combination of indent, sort_keys and ensure_ascii.
import json
import random

rng = random.Random(7)
ALPHABET = 'abcxyz é漢😀"\\\n\t/'


def make(depth):
    kind = rng.randrange(8 if depth > 0 else 6)
    if kind == 0:
        return rng.randint(-10 ** 6, 10 ** 6)
    if kind == 1:
        return rng.uniform(-1e6, 1e6)
    if kind == 2:
        return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(6)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return rng.random() * 10 ** rng.randint(-30, 30)
    if kind == 5:
        return 2 ** rng.randrange(100)
    if kind == 6:
        return [make(depth - 1) for _ in range(rng.randrange(4))]
    return {''.join(rng.choice('abcdé') for _ in range(3)): make(depth - 1) for _ in range(rng.randrange(4))}


ok = 0
for i in range(60):
    doc = make(4)
    for indent in (None, 2):
        for sort_keys in (False, True):
            for ensure_ascii in (True, False):
                text = json.dumps(doc, indent=indent, sort_keys=sort_keys, ensure_ascii=ensure_ascii)
                ok += json.loads(text) == doc
    if i < 4:
        print(json.dumps(doc))
print(ok, 'of', 60 * 8)
