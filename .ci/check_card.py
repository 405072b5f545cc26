"""Checks the dataset card of a dataset made by convert, split or prepare.

usage: check_card.py DIR

- README.md's YAML front matter has one config whose data_files name each
  split of the manifest, and each split's glob matches exactly that
  split's shards;
- Hugging Face `datasets` loads the directory through the card with the
  manifest's splits and sizes.
"""
import glob
import json
import os
import sys

import yaml
from datasets import load_dataset

out = sys.argv[1]
manifest = json.load(open(os.path.join(out, "manifest.json")))
card = open(os.path.join(out, "README.md")).read()
assert card.startswith("---\n"), "no front matter"
front = yaml.safe_load(card.split("---\n")[1])
(config,) = front["configs"]
files = {f["split"]: f["path"] for f in config["data_files"]}
assert list(files) == list(manifest["splits"]), (files, manifest["splits"])
for split, pattern in files.items():
    matched = sorted(os.path.relpath(p, out) for p in glob.glob(os.path.join(out, pattern)))
    listed = sorted(s["path"] for s in manifest["shards"] if s["path"].startswith(f"data/{split}-"))
    assert matched == listed, (split, matched, listed)
    assert f"| {split} | {manifest['splits'][split]} |" in card, split

splits = load_dataset(out)
sizes = {name: split.num_rows for name, split in splits.items()}
assert sizes == manifest["splits"], (sizes, manifest["splits"])
print(f"ok: {out}: the card's splits {sizes} are the manifest's, and datasets reads them")
