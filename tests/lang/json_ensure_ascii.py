# Strings in json.dumps: the escapes, \uXXXX for non-ASCII under
# ensure_ascii (surrogate pairs above U+FFFF), raw text without it, and
# control characters escaped either way.
import json

texts = ['plain', 'a"b\\c', '\n\r\t\b\f', ''.join(chr(i) for i in range(32)), '\x7f', '/',
         'é', 'ü€', '漢字', '\U0001F600', '\U00010000\U0010FFFF', 'mixed é 漢 😀 "q"', '\u2028\u2029',
         '\ufeff', '\x00']
for s in texts:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, b, json.loads(a) == s, json.loads(b) == s)
print(json.dumps({'ключ': ['значение', 1]}), json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps(['é'], indent=1, ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\u6f22 \\/ \\b\\f\\n\\r\\t \\" \\\\"'))
print(json.loads('"\\uD834\\uDD1E"') == '\U0001D11E', len(json.loads('"\\ud834\\udd1e"')))
