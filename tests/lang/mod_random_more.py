# random: negative steps, big ranges, strings, cum_weights, reseeding mid-stream.
import random
random.seed("not an int") if False else random.seed(777)
print(random.randrange(100, 0, -3), random.randrange(-50, 50), random.randrange(10 ** 18))
print(random.randint(-10, -5), random.choice(range(10, 20)), random.sample("abcdefghij", 4))
print(random.choices(range(5), cum_weights=[1, 1, 1, 1, 10], k=6))
state_a = [random.random() for _ in range(3)]
random.seed(777)
random.randrange(100, 0, -3)
print(state_a[0] != random.random())
x = list("abcdefg")
random.shuffle(x)
print(x, random.getrandbits(128), random.uniform(5, 5))
random.seed(-777)
print(random.random(), random.random())
random.seed(1.0)
print(random.random())
