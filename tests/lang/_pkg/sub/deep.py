# Module in a namespace package (no __init__.py) for mod_import_dotted.py.
Y = 'deep'
