# logging to files: FileHandler (mode, encoding, delay), basicConfig with
# filename/filemode/format/level, StreamHandler(sys.stdout), and close()
# flushing, each file read back; all under a temporary directory.
import logging
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'app.log')
    log = logging.getLogger('app')
    log.setLevel(logging.DEBUG)
    h = logging.FileHandler(p, mode='w', encoding='utf-8')
    h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
    log.addHandler(h)
    print(h.baseFilename == p, h.mode, h.encoding, h.stream is not None)
    print(repr(h) == '<FileHandler %s (NOTSET)>' % p)
    log.debug('dbg %d', 1)
    log.info('café ☕')
    log.warning('warn')
    h.close()
    print(h.stream)
    log.removeHandler(h)
    with open(p, encoding='utf-8') as f:
        print(repr(f.read()))

    # append mode adds to the file; delay opens it at the first record
    h2 = logging.FileHandler(p, encoding='utf-8', delay=True)
    print(h2.stream, os.path.getsize(p))
    log.addHandler(h2)
    log.error('appended')
    print(h2.stream is not None)
    h2.close()
    log.removeHandler(h2)
    with open(p, encoding='utf-8') as f:
        print(f.read().splitlines())

    # a path-like file name
    import pathlib
    h3 = logging.FileHandler(pathlib.Path(d) / 'p.log', 'w')
    log.addHandler(h3)
    log.critical('via pathlib')
    h3.close()
    log.removeHandler(h3)
    print(open(os.path.join(d, 'p.log')).read(), end='')

    # basicConfig with a file name, mode, format and level
    q = os.path.join(d, 'basic.log')
    logging.basicConfig(filename=q, filemode='w', format='%(levelname)s|%(message)s',
                        level=logging.INFO)
    root = logging.getLogger()
    print(type(root.handlers[0]).__name__, root.level)
    logging.debug('hidden')
    logging.info('shown %s', 'info')
    logging.getLogger('x.y').warning('child')
    root.handlers[0].flush()
    print(open(q).read(), end='')

    # force replaces the handler, closing the old file
    out = logging.StreamHandler(sys.stdout)
    print(repr(out))
    logging.basicConfig(handlers=[out], format='%(name)s - %(message)s', force=True)
    logging.warning('to stdout')
    print(repr(open(q).read()))

    # a FileHandler and a StreamHandler on one logger
    h4 = logging.FileHandler(os.path.join(d, 'both.log'), 'w')
    log.addHandler(h4)
    log.propagate = False
    s = logging.StreamHandler(sys.stdout)
    s.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
    log.addHandler(s)
    for i in range(3):
        log.info('line %d', i)
    h4.close()
    print(open(os.path.join(d, 'both.log')).read().splitlines())
    print(sorted(os.listdir(d)))
    logging.shutdown()
