# int()'s error shows at most 200 characters of the text's repr, as
# CPython's %.200R (found by fuzz_formats); float()'s shows it all.
for text in ['\x00' * 60 + '\x80' + '\u00dd' * 3, 'x' * 250, '\u00e9' * 210, 'y' * 198 + '\u00e9\u00e9']:
    for f in (int, lambda s: int(s, 0), float):
        try:
            f(text)
        except ValueError as e:
            print(len(str(e)), str(e)[-30:])
