# The json_dumps/json_loads benchmarks' work: a handful of realistic
# documents (an API response, a config, a table of records) encoded and
# decoded many times in a loop, with checksums of the texts.
import json

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0], 'key5': SIMPLE[0],
               'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
RECORDS = ([{'id': i, 'name': f'user{i}', 'score': i * 1.25, 'tags': ['a', 'b'][: i % 3],
             'active': i % 2 == 0, 'parent': None if i == 0 else i - 1} for i in range(200)], 20)
CASES = {'EMPTY': EMPTY, 'SIMPLE': SIMPLE, 'NESTED': NESTED, 'HUGE': HUGE, 'RECORDS': RECORDS}


def checksum(text):
    h = 0
    for ch in text[:4000]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


for name, (obj, loops) in CASES.items():
    total = 0
    for _ in range(loops // 10):
        text = json.dumps(obj)
        total += len(text)
    back = json.loads(text)
    pretty = json.dumps(obj, indent=2, sort_keys=True)
    print(f'{name:8} {len(text):7} {total:9} {checksum(text):10} {back == obj} {len(pretty.splitlines())}')

text = json.dumps(RECORDS[0])
for _ in range(5):
    rows = json.loads(text)
best = max(rows, key=lambda r: r['score'])
print(best['name'], sum(r['score'] for r in rows), sum(len(r['tags']) for r in rows))
print(json.dumps(rows[:2], indent=1, ensure_ascii=False))
