import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness..."""

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")  # letters, with an optional apostrophe part


def word_counts(text: str) -> Counter[str]:
    """Case-insensitive word frequencies, ignoring punctuation."""
    return Counter(WORD.findall(text.lower()))


def top_words(counts: Counter[str], k: int) -> list[tuple[str, int]]:
    """The k most frequent words; ties broken alphabetically so output is stable."""
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]


counts = word_counts(TEXT)
print("distinct words:", len(counts), "total words:", sum(counts.values()))
for word, count in top_words(counts, 6):
    print(f"{word:<6} {count:>2} {'#' * count}")
print("'wisdom' appears", counts["wisdom"], "time(s);", "'python' appears", counts["python"])
print(word_counts("Don't stop, DON'T!"))
