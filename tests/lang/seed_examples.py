# The seeds' small single-threaded examples (S2, S3), made deterministic.
x = 10           # Global variable, stored in global namespace


def add(a, b):   # Function definition, stored in code segment
    result = a + b  # Local variable in the stack
    return result


y = add(x, 20)   # Function call
print(y)         # Output


def print_numbers():
    for i in range(5):
        print(i)


print_numbers()
a = 10
b = a
print(a is b, a == b)
x = 10  # integer
print(x)
x = "Hello"  # now a string
print(x)


def compute():
    total = 0
    for i in range(1_000_000):
        total += i
    return total


print(compute())
print(compute() + compute())
