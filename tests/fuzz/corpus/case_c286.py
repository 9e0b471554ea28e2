x = '''abc

de
