# Explicit (backslash) and implicit (bracket) line joining.
a = 1 + \
    2 + \
    3
print(a)
b = (1 +
     2
     + 3)
print(b)
c = [
    1, 2,
    3,
]
print(c)
d = {
    'k': 1,
    'j':
        2,
}
print(d)
e = (
    'abc'
    'def'
    "ghi"
)
print(e)
if a == 6 and \
   b == 6:
    print("both six")
def f(x,
      y=2,
      z=3):
    return x + \
        y + z
print(f(1,
        z=10))
x = [i
     for i in range(10)
     if i % 3 == 0]
print(x)
t = 1, \
    2
print(t)
s = 'one \
two'
print(s)
print(len("""line1
line2\
continued"""))
total = sum([1,
             2,
             3,
])
print(total)
m = max(
    3,
    7,
    5
)
print(m)
