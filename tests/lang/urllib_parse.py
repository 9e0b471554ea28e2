from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          urldefrag)
import urllib.parse

for u in ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x',
          'file:///etc/hosts', '//host/path', 'mailto:a@b.c', 'relative/path?x',
          'http://h/%7Euser/caf%C3%A9', 'HTTP://h:0/', 'http://h:/p']:
    r = urlparse(u)
    print(r)
    print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)
    print(r.hostname, r.port, r.username, r.password, r.geturl())
    s = urlsplit(u)
    print(s, urlunsplit(s) == s.geturl(), urlunparse(r))
for base, rel in [('http://a/b/c/d;p?q', 'g'), ('http://a/b/c/d;p?q', '../g'),
                  ('http://a/b/c/d;p?q', '//g'), ('http://a/b/c/d;p?q', '?y'),
                  ('http://a/b/c/d;p?q', '#s'), ('http://a/b/c/d;p?q', '../../../g'),
                  ('http://a/b/c/d;p?q', './'), ('http://a/b/', 'http://other/x'),
                  ('http://a/b/c', '')]:
    print(urljoin(base, rel))
print(quote('a b/c?d=é&f'), quote('a b/c', safe=''), quote_plus('a b+c/d'), quote(b'\x00\xff'))
print(unquote('a%20b%2Fc%C3%A9%zz'), unquote_plus('a+b%2B'), unquote('caf%C3'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&'}), urlencode([('k', [1, 2])], doseq=True))
print(urlencode([('k', [1, 2])]))
print(parse_qs('a=1&a=2&b=&c=x+y%21'), parse_qs('a=1&b=', keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('x&y=1'), urldefrag('http://h/p#f'))
for bad in ['http://[::1/x', 'http://h:99999/', 'http://h:ab/', 'http://[1.2.3.4]/']:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print('ValueError', e)
try:
    parse_qsl('a', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(urllib.parse.ParseResult._fields, isinstance(urlparse('x'), tuple))
