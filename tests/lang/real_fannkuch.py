# Fannkuch-redux: for every permutation of 1..n count the prefix
# reversals ("pancake flips") until 1 comes first; report the maximum and
# a checksum of alternating-sign flip counts, permutations generated in
# the counting order of a factorial-base counter.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips * sign
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def flips_of(seq):
    seq = list(seq)
    n = 0
    while seq[0] != 1:
        k = seq[0]
        seq[:k] = reversed(seq[:k])
        n += 1
    return n


for n in range(3, 9):
    checksum, flips, perms = fannkuch(n)
    print(f'{checksum}\nPfannkuchen({n}) = {flips} over {perms} permutations')
print(flips_of([3, 1, 4, 2, 5]), flips_of((5, 4, 3, 2, 1)), flips_of(range(1, 6)))
