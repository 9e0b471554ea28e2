# The @ operator and @=: __matmul__, __rmatmul__, __imatmul__, the fallback
# from @= to @, operator.matmul/imatmul, and CPython's errors.
import operator


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.rows]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return [sum(other[i] * self.rows[i][j] for i in range(len(other)))
                    for j in range(len(self.rows[0]))]
        return NotImplemented

    def __repr__(self):
        return f"Matrix({self.rows})"


class InPlace(Matrix):
    def __imatmul__(self, other):
        self.rows = (Matrix(self.rows) @ other).rows
        return self


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a @ [1, 1], [1, 1] @ a)
c = a
c @= b
print(c, a, c is a)
d = InPlace([[1, 2], [3, 4]])
e = d
d @= b
print(d, d is e)
print(operator.matmul(a, b), operator.imatmul(Matrix([[2]]), Matrix([[3]])))
x = 2 * a @ b if False else a @ b @ b
print(x, (a @ b).rows[0][0] + 1)
for f in (lambda: 1 @ 2, lambda: 1.5 @ a, lambda: a @ 3, lambda: [1] @ [2], lambda: {1} @ {2}):
    try:
        f()
    except TypeError as err:
        print(err)
try:
    y = 5
    y @= 2
except TypeError as err:
    print(err)
