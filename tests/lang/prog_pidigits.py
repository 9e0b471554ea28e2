# Digits of pi with Gibbons' unbounded spigot: big integers all the way.
import itertools


def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def print_digits(count, width=10):
    digits = itertools.islice(pi_digits(), count)
    done = 0
    while done < count:
        row = ''.join(str(d) for d in itertools.islice(digits, width))
        done += len(row)
        print(f'{row:<{width}}\t:{done}')


print_digits(300)
big = 0
for d in itertools.islice(pi_digits(), 60):
    big = big * 10 + d
print(big, big.bit_length(), big % 1000003, hex(big)[:20])
