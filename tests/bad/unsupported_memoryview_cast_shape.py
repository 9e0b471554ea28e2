# expect: type=NotImplementedError line=3 py=ok
# cast to a shape (more than one dimension) is named unsupported
memoryview(bytes(8)).cast("B", shape=[2, 4])
