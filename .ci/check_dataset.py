"""Checks a synthforge output directory from outside the Rust code.

usage: check_dataset.py OUT_DIR EXPECTED_LINES

- the manifest lists exactly the shard files present, with matching line
  counts, byte sizes and blake3 hashes, and the expected total;
- every line is OpenAI chat JSON: only `messages`, roles system/user/assistant,
  non-empty string contents; no line repeats;
- Hugging Face `datasets` loads all shards together as one split, both from
  the shard files and from the directory through its dataset card.
"""
import json
import os
import sys

import blake3
from datasets import load_dataset

out, expected = sys.argv[1], int(sys.argv[2])
manifest = json.load(open(os.path.join(out, "manifest.json")))
assert manifest["total_examples"] == expected, manifest["total_examples"]

listed = sorted(s["path"] for s in manifest["shards"])
present = sorted("data/" + f for f in os.listdir(os.path.join(out, "data")))
assert listed == present, (listed, present)

seen = set()
for shard in manifest["shards"]:
    data = open(os.path.join(out, shard["path"]), "rb").read()
    assert len(data) == shard["bytes"], shard["path"]
    assert data.count(b"\n") == shard["lines"], shard["path"]
    assert blake3.blake3(data).hexdigest() == shard["blake3"], shard["path"]
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        example = json.loads(line)
        assert list(example) == ["messages"], (shard["path"], number)
        roles = [m["role"] for m in example["messages"]]
        assert roles == ["system", "user", "assistant"], (shard["path"], number, roles)
        for m in example["messages"]:
            assert isinstance(m["content"], str) and m["content"].strip(), (shard["path"], number)
        assert line not in seen, (shard["path"], number, "duplicate line")
        seen.add(line)
assert len(seen) == expected, len(seen)

dataset = load_dataset("json", data_files=os.path.join(out, "data", "train-*.jsonl"), split="train")
assert dataset.num_rows == expected, dataset.num_rows
assert dataset.column_names == ["messages"], dataset.column_names
# The directory as the Hub sees it: the dataset card's YAML names the splits.
card_dataset = load_dataset(out, split="train")
assert card_dataset.num_rows == expected, card_dataset.num_rows
print(f"ok: {expected} distinct OpenAI chat lines in {len(listed)} shards; manifest matches; datasets loads them as one split")
