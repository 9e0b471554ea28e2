# expect: type=ZeroDivisionError line=3
# complex division by a zero complex
z = (1 + 2j) / 0j
