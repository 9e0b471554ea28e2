# String processing and f-strings with format specs, as a report script
# prints a table: alignment, width, precision, thousands separators, signs,
# percentages, bases, nested specs, !r, =, dates as numbers; str.format and
# %-formatting too.
rows = [("Widget", 4, 3.5), ("Gadget extra long", 12, 12.25), ("Nut", 1000, 0.05)]
total = sum(q * p for _, q, p in rows)
header = f"{'item':<12}|{'qty':>6}|{'price':>9}|{'share':>7}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    short = name if len(name) <= 12 else name[:11] + "…"
    print(f"{short:<12}|{qty:>6,}|{price:>9.2f}|{qty * price / total:>7.1%}")
print(f"{'total':<12}|{'':>6}|{total:>9,.2f}|{1:>7.0%}")

n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#010b} {n:08.3f} {n:+d} {-n: d}")
print(f"{1234567.891:,.1f} {1234567:_} {0.000123:.2e} {12345.678:g} {1e20:g} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}] [{'mid':^{width}}] [{'x':*>5}] [{'y':-<5}] [{42:^7d}]")
name, score = "ada", 97.5
print(f"{name!r} {name!s:>6} {score=} {score = :.1f} {name.upper()=}")
print(f"{'a' if score > 90 else 'b'} {[x * 2 for x in range(3)]} {{literal}} {dict(k=1)['k']}")
print("{} scored {:.1f}% ({:>5})".format(name, score, "pass"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age:d}".format(name="bob", age=30), "{:,}".format(10 ** 9))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("%-6s|%6s|%06.2f|%x|%r" % ("l", "r", 3.14159, 255, "q"))
print(format(0.1 + 0.2, ".17g"), format(3, "03"), format("s", "^5"), repr(1 / 3), str(2.0))
print(f"{True!s} {None} {3:>{width}} {-0.0} {float('inf'):>6} {10**20}")
