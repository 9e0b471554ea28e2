# AES-128 in pure Python on lists of ints, as the pyaes benchmark does:
# the S-box derived from GF(2^8) inverses, key expansion, the rounds and
# their inverses, CTR and CBC modes over a long message, and the FIPS-197
# known-answer test.


def xtime(a):
    a <<= 1
    return (a ^ 0x11B) & 0xFF if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def build_sbox():
    inverse = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inverse[a] = b
                break
    sbox = []
    for a in range(256):
        x = inverse[a]
        s = x
        for shift in range(1, 5):
            s ^= ((x << shift) | (x >> (8 - shift))) & 0xFF
        sbox.append(s ^ 0x63)
    inv = [0] * 256
    for i, s in enumerate(sbox):
        inv[s] = i
    return sbox, inv


SBOX, INV_SBOX = build_sbox()
RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36]
MUL = {k: [gmul(a, k) for a in range(256)] for k in (2, 3, 9, 11, 13, 14)}


def expand_key(key):
    words = [key[i:i + 4] for i in range(0, 16, 4)]
    for i in range(4, 44):
        w = list(words[i - 1])
        if i % 4 == 0:
            w = w[1:] + w[:1]
            w = [SBOX[b] for b in w]
            w[0] ^= RCON[i // 4 - 1]
        words.append([a ^ b for a, b in zip(words[i - 4], w)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def add_round_key(state, rk):
    return [a ^ b for a, b in zip(state, rk)]


def shift_rows(s, inverse=False):
    out = [0] * 16
    for c in range(4):
        for r in range(4):
            src = ((c - r) % 4 if inverse else (c + r) % 4) * 4 + r
            out[c * 4 + r] = s[src]
    return out


def mix_columns(s, inverse=False):
    m2, m3 = MUL[2], MUL[3]
    m9, m11, m13, m14 = MUL[9], MUL[11], MUL[13], MUL[14]
    out = []
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        if inverse:
            out += [m14[a0] ^ m11[a1] ^ m13[a2] ^ m9[a3], m9[a0] ^ m14[a1] ^ m11[a2] ^ m13[a3],
                    m13[a0] ^ m9[a1] ^ m14[a2] ^ m11[a3], m11[a0] ^ m13[a1] ^ m9[a2] ^ m14[a3]]
        else:
            out += [m2[a0] ^ m3[a1] ^ a2 ^ a3, a0 ^ m2[a1] ^ m3[a2] ^ a3,
                    a0 ^ a1 ^ m2[a2] ^ m3[a3], m3[a0] ^ a1 ^ a2 ^ m2[a3]]
    return out


class AES:
    def __init__(self, key):
        if len(key) != 16:
            raise ValueError(f'key must be 16 bytes, not {len(key)}')
        self.round_keys = expand_key(list(key))

    def encrypt_block(self, block):
        s = add_round_key(block, self.round_keys[0])
        for rnd in range(1, 11):
            s = shift_rows([SBOX[b] for b in s])
            if rnd != 10:
                s = mix_columns(s)
            s = add_round_key(s, self.round_keys[rnd])
        return s

    def decrypt_block(self, block):
        s = add_round_key(block, self.round_keys[10])
        for rnd in range(9, -1, -1):
            s = [INV_SBOX[b] for b in shift_rows(s, inverse=True)]
            s = add_round_key(s, self.round_keys[rnd])
            if rnd:
                s = mix_columns(s, inverse=True)
        return s


def ctr(aes, nonce, data):
    out = []
    for i in range(0, len(data), 16):
        counter = nonce + [(i // 16) >> (8 * k) & 0xFF for k in range(7, -1, -1)]
        stream = aes.encrypt_block(counter)
        out += [a ^ b for a, b in zip(data[i:i + 16], stream)]
    return out


def cbc_encrypt(aes, iv, data):
    pad = 16 - len(data) % 16
    data = data + [pad] * pad
    prev, out = iv, []
    for i in range(0, len(data), 16):
        prev = aes.encrypt_block([a ^ b for a, b in zip(data[i:i + 16], prev)])
        out += prev
    return out


def cbc_decrypt(aes, iv, data):
    prev, out = iv, []
    for i in range(0, len(data), 16):
        block = data[i:i + 16]
        out += [a ^ b for a, b in zip(aes.decrypt_block(block), prev)]
        prev = block
    return out[:-out[-1]]


def hexs(bs):
    return ''.join(f'{b:02x}' for b in bs)


print('sbox', hexs(SBOX[:16]), hexs(INV_SBOX[:8]))
aes = AES(list(range(16)))
pt = [int('00112233445566778899aabbccddeeff'[i:i + 2], 16) for i in range(0, 32, 2)]
ct = aes.encrypt_block(pt)
print('FIPS-197', hexs(ct), hexs(ct) == '69c4e0d86a7b0430d8cdb78070b4c55a', aes.decrypt_block(ct) == pt)
message = [ord(c) for c in 'This is a test. What could possibly go wrong? ' * 40]
nonce = list(range(8))
enc = ctr(aes, nonce, message)
print('CTR', len(enc), hexs(enc[:16]), ''.join(map(chr, ctr(aes, nonce, enc)[:30])))
iv = [0x5A] * 16
c2 = cbc_encrypt(AES([ord(c) for c in 'YELLOW SUBMARINE']), iv, message[:100])
print('CBC', len(c2), hexs(c2[-16:]), cbc_decrypt(AES([ord(c) for c in 'YELLOW SUBMARINE']), iv, c2) == message[:100])
try:
    AES([1, 2, 3])
except ValueError as e:
    print('ValueError:', e)
