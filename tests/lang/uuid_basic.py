# uuid: the UUID class from every form, its fields and properties,
# comparisons and hashing, uuid3/uuid5 (deterministic), uuid4/uuid1's
# version and variant (random parts not printed), and the errors.
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(str(u), repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq)
for form in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1), int(u) == u.int)
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(ns, ns.version, ns.variant)
for name in ['python.org', 'example.com', '', 'ünïcode']:
    a, b = uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name)
    print(a, a.version, b, b.version)
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.python.org/'))
print(uuid.UUID('12345678-1234-5678-1234-567812345678', version=4))
for v in range(1, 6):
    print(v, uuid.UUID(int=2 ** 128 - 1, version=v))
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=0xc << 60 << 4).variant)
print(uuid.UUID(int=0xe000 << 48).variant, uuid.UUID(int=0xc000 << 48).variant)
r4 = [uuid.uuid4() for _ in range(50)]
print(all(x.version == 4 and x.variant == uuid.RFC_4122 for x in r4), len(set(r4)))
r1 = [uuid.uuid1() for _ in range(20)]
print(all(x.version == 1 for x in r1), len(set(r1)), r1 == sorted(r1, key=lambda x: x.time))
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.uuid1(node=1, clock_seq=0x1234).clock_seq, isinstance(uuid.getnode(), int))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]) == [a, b])
print(hash(a) == hash(uuid.UUID(int=1)), len({a, uuid.UUID(int=1), b}))
print(u.is_safe, uuid.SafeUUID.safe.value, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(str(uuid.UUID('AbCdEf00-0000-0000-0000-000000000000')))
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID('x', int=1), lambda: uuid.UUID('123'),
            lambda: uuid.UUID('g' * 32), lambda: uuid.UUID(bytes=b'short'),
            lambda: uuid.UUID(bytes_le=b'x' * 17), lambda: uuid.UUID(fields=(1, 2)),
            lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)),
            lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=2 ** 128), lambda: uuid.UUID(int=1, version=6),
            lambda: setattr(u, 'int', 5), lambda: a < 5, lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
