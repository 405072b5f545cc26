sentence = "the cat saw the dog and the dog ran"

counts = {}
for word in sentence.split():  # split on whitespace
    # get() returns 0 the first time we meet a word
    counts[word] = counts.get(word, 0) + 1

for word, count in counts.items():
    print(word, count)
