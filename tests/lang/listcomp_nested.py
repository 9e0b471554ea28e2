# Nested comprehensions: several for clauses, ifs between them, inner comprehensions.
print([(x, y) for x in range(3) for y in range(3)])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
print([x * y for x in [1, 2] for y in [10, 20] for z in range(2)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([[y for y in range(x)] for x in range(4)])
print([c + d for c in 'ab' for d in 'xy'])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
