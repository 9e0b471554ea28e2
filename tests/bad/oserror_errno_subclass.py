# expect: type=FileNotFoundError line=2
raise OSError(2, 'No such file or directory', 'missing.txt')
