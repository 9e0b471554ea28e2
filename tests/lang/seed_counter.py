# Seed S1's shared counter, with the two "threads" run one after the other.
counter = 0


def increment():
    global counter
    for _ in range(200_000):
        counter += 1  # Only one thread executes this at a time


increment()
increment()
print(counter)
print(f"{counter:,}", counter == 400_000)
