# A format spec's width and precision in any script's decimal digits, as
# CPython reads them (fuzz_formats found format(n, '\u0663') refused).
for v in (12345678901234567890, 1.5, 'ab'):
    for spec in ('\u0663', '4\u0661\u0661\ufffd', '>\u0665', '.\u0662', '\u0660\u0665', '*^\u0667.\u0663', '\u0661,'):
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print('ValueError', e)
