# expect: type=ValueError line=3
# complex(str): a real part with a sign but no j
complex("1+2")
