const sentence = "the cat saw the dog and the dog ran";

const counts = new Map<string, number>();
for (const word of sentence.split(" ")) {
  // get() returns undefined the first time, so fall back to 0
  counts.set(word, (counts.get(word) ?? 0) + 1);
}

for (const [word, count] of counts) {
  console.log(word, count);
}
