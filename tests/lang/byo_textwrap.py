# textwrap as report and CLI scripts use it: fill a paragraph to a width,
# wrap with indents, shorten a title, dedent a triple-quoted block and
# indent it again; then CPython's exact chunking on random text with
# hyphens, em-dashes, punctuation and tabs, under random options.
import random
import textwrap

PARA = ("The GIL is a mutex that protects access to Python objects, so only one "
        "thread executes bytecode at a time -- a well-known, often-discussed "
        "limitation. Threads still help I/O-bound work!  Processes sidestep it.")
print(textwrap.fill(PARA, width=40))
for line in textwrap.wrap(PARA, width=50, initial_indent="* ", subsequent_indent="  "):
    print(f"|{line:<50}|")
print(textwrap.fill(PARA, 30, fix_sentence_endings=True, break_on_hyphens=False))
print(textwrap.shorten(PARA, width=60), "/", textwrap.shorten("Hello  world!", width=12))
print(textwrap.fill(PARA, 35, max_lines=3, placeholder=" …"))
usage = textwrap.dedent("""\
    usage: tool [options]

      -n N    workers
    \t-v      verbose
    """)
print(usage, end="")
print(textwrap.indent(usage, "> "), end="")
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=12, break_long_words=False)
print(w.wrap("supercalifragilistic words here"), w.fill("x" * 20))

random.seed(7)
alpha = ["a", "b", "Z", "é", "1", "-", "--", " ", "  ", "\t", "\n", ".", ",", "!", "?", '"', "'",
         "_", "(", "x-y", "well-known", " -- ", "---"]
for i in range(300):
    text = "".join(random.choice(alpha) for _ in range(random.randint(0, 25)))
    width = random.randint(3, 12)
    kw = dict(break_on_hyphens=random.random() < 0.7, fix_sentence_endings=random.random() < 0.3,
              drop_whitespace=random.random() < 0.8, break_long_words=random.random() < 0.8,
              initial_indent=random.choice(["", "> "]), replace_whitespace=random.random() < 0.8)
    if random.random() < 0.3:
        kw["max_lines"] = random.randint(1, 3)
    try:
        out = textwrap.wrap(text, width, **kw)
    except ValueError as e:
        out = f"ValueError: {e}"
    print(i, repr(out), repr(textwrap.shorten(text, width + 5)), repr(textwrap.dedent(text)))
