# expect: type=NotImplementedError line=5 py=FileNotFoundError
# logging.FileHandler needs open(), which gilpy lacks: named unsupported.
# (python3 fails too, as the directory does not exist.)
import logging
logging.FileHandler("/nonexistent-gilbench-dir/app.log")
