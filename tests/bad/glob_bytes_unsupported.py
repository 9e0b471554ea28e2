# expect: type=NotImplementedError line=5 py=ok
# glob: bytes patterns are not supported (gilpy's os.path is str only).
import glob

print(glob.glob(b'*.py'))
