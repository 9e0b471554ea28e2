# Lookahead and lookbehind, positive and negative.
import re
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\b\w+\b(?!,)', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(a+))a', 'aaa').groups(), re.match(r'(?!(b))a', 'a').groups())
print(re.search(r'(?<=ab|cd)e', 'xcde').span(), re.search(r'(?<=(a)b)c', 'abc').group(1))
print(re.findall(r'(?=(\w\w))', 'abcd'), re.search(r'(?<![a-z])\d', 'a1 2').start())
print(re.match(r'(?=a)', 'b'), re.match(r'(?!a)', 'b'), re.search(r'(?<=a)', 'bab').span())
