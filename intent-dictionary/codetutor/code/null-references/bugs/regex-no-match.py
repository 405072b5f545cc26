import re

# Pull the version number out of each line.
lines = ["version=1.4", "version: 2.0", "version=3.1"]

for line in lines:
    match = re.match(r"version=(\S+)", line)
    print(match.group(1))   # BUG: the second line does not match
