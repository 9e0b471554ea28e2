# expect: type=FileNotFoundError line=4
# A FileHandler opens its file at once: a missing directory fails there.
import logging
logging.FileHandler("/nonexistent-gilbench-dir/app.log")
