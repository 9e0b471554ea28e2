# A small program: integer and float matrix arithmetic with nested lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


fib = mat_pow([[1, 1], [1, 0]], 300)
print(fib[0][1])
a = [[1.5, 2.0], [-0.5, 4.25]]
print(matmul(a, a), matmul(a, identity(2)) == a)
m = [[(i * 3 + j) % 7 for j in range(6)] for i in range(6)]
print(mat_pow(m, 5)[0])
t = [[m[j][i] for j in range(6)] for i in range(6)]
print(t[1], sum([sum(row) for row in t]))
