# Dict and set comprehensions in data transformations.
students = [("ann", [90, 85, 77]), ("ben", [60, 72, 58]), ("cy", [88, 94, 91]), ("di", [70, 65, 80])]
avg = {name: sum(s) / len(s) for name, s in students}
print(avg)
grade = {n: ("A" if a >= 85 else "B" if a >= 70 else "C") for n, a in avg.items()}
print(grade, {g for g in grade.values()} == {"A", "B", "C"})
inv = {}
for n, g in grade.items():
    inv.setdefault(g, []).append(n)
print(inv, {g: len(ns) for g, ns in sorted(inv.items())})
squares = {i: i * i for i in range(10) if i % 3}
print(squares, {v for v in squares.values() if v > 10}, {k: v for k, v in squares.items() if k > 5})
matrix = [[1, 2, 3], [4, 5, 6]]
print({(i, j): matrix[i][j] for i in range(2) for j in range(3) if (i + j) % 2 == 0})
