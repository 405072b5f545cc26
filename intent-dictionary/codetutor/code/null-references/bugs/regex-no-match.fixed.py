import re

# Pull the version number out of each line.
lines = ["version=1.4", "version: 2.0", "version=3.1"]

for line in lines:
    match = re.match(r"version=(\S+)", line)
    if match is None:       # re.match returns None when nothing matches
        print(f"skipped: {line!r}")
        continue
    print(match.group(1))
