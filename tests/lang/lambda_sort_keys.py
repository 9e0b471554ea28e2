# lambda as sort key, with tuples and reverse.
people = [("bob", 25), ("al", 30), ("cy", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[1]))
print(list(filter(lambda p: p[1] > 25, people)))
