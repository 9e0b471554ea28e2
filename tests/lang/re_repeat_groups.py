# Groups inside repeats keep their last iteration.
import re
print(re.match(r'(a|b)*', 'abba').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a|)*', 'aa').groups(), re.match(r'(a*)*', 'b').groups())
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(?:a|())*?b', 'aab').groups(), re.match(r'(\w)+', 'xyz').group(1))
print(re.match(r'(\d+,)*(\d+)', '1,22,333').groups(), re.match(r'(?:(\w+) )*', 'a b c ').group(1))
print(re.match(r'(a{2}){2}', 'aaaaa').span(), re.match(r'(ab|a)(bc|c)', 'abc').groups())
