# Submodule for mod_import_dotted.py.
print("init", __name__)


def f():
    return 42
