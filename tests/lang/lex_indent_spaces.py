# Blocks indented with spaces: 4, 2 and 8 columns, nested, and dedents by
# several levels at once.
def f(n):
    if n > 0:
        if n > 10:
            return "big"
        else:
            return "small"
    return "non-positive"


def g(n):
  total = 0
  for i in range(n):
    if i % 2 == 0:
      total += i
    else:
      total -= 1
  return total


def h(x):
        while x > 0:
                x -= 3
                if x == 1:
                        break
        return x


print(f(5), f(50), f(-1))
print(g(10), g(0), g(1))
print(h(10), h(11), h(0))
if True:
    if True:
        if True:
            print("deep")
print("back at top")
for i in range(3):
    for j in range(2):
        pass
    print(i, j)
x = 0
while x < 3:
    x += 1
else:
    print("while else", x)
