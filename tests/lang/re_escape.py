# re.escape of str and bytes.
import re
print(re.escape('http://www.python.org'), re.escape('a_b-c'), re.escape('1+1=2'))
print(re.escape(b'x.y*z'), re.escape('tab\there'), re.escape('é ü'))
s = 'a.b*c(d)[e]{f}^$|?+\\'
print(re.match(re.escape(s), s).group() == s, re.findall(re.escape('.'), 'a.b.c'))
