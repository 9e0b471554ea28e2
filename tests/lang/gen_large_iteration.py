# Many resumptions of one generator, and many short-lived generators.
def nums(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(nums(200000)))
total = 0
for k in range(2000):
    total += sum(nums(10))
print(total)
print(sum(1 for _ in nums(1000)), len(list(nums(5000))))
