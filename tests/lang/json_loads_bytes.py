import json
print(json.loads(b'{"a": "\xc3\xa9", "b": [1, 2]}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"x": 1}'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')))
print(json.loads(b'\xef\xbb\xbf{"bom": true}'), json.loads(b'7'), json.detect_encoding(b'{}'))
for bad in [5, '\ufeff[]', b'\xff']:
    try:
        json.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
