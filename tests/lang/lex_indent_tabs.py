# Blocks indented with tabs only (one tab per level).
def f(n):
	if n > 0:
		if n > 10:
			return "big"
		return "small"
	return "non-positive"


print(f(5), f(50), f(-1))
for i in range(3):
	if i == 1:
		continue
	print("i =", i)
total = 0
k = 0
while k < 5:
	k += 1
	if k % 2:
		total += k
	else:
		total *= 2
print(total)


def g():
	x = [
		1,
    2,
		3]
	return x


print(g())
if total:
	print("a\tb")  # a tab escape inside a tab-indented line
	if True:
		pass
print("done")
