# Package for mod_import_dotted.py.
print("init", __name__)
X = 1
