# int() and float() of a str read other scripts' decimal digits and Unicode
# spaces as CPython does (fuzz_formats found them refused); str.isdecimal
# and isdigit, and re's \d, know the same digits.
tests = ['\u0661\u0662\u0663', '\n\n\n\u0663', ' \u2003-\u0967\u0968.\u0969e\u0661 ', '\U0001d7d9\U0001d7e4', '\u0663\u00e9',
         '1\u00b2', '\uff11_\uff12', '\u0661_\u0662', '  7\u3000', '\u0663x', '0x\u0661', '\u1946\u194f']
for t in tests:
    for f in (float, int, lambda s: int(s, 0), lambda s: int(s, 16)):
        try:
            r = repr(f(t))
        except ValueError as e:
            r = 'ValueError: ' + str(e)
        print(ascii(t), r)
    print(t.isdecimal(), t.isdigit(), t.isnumeric(), t.isalnum())
import re
print(re.findall(r'\d+', 'a\u0661\u0662b\U0001d7d9 \u00b2'))
