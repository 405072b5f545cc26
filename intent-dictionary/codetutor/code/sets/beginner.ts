// A Set<T> keeps each value at most once.
const visitors: string[] = ["ana", "ben", "ana", "cleo", "ben"];
const unique = new Set<string>(visitors); // duplicates disappear

console.log("unique visitors:", [...unique]);
console.log("count:", unique.size);
console.log("did cleo visit?", unique.has("cleo")); // fast membership test

unique.add("dev");
unique.add("ana"); // already present: nothing changes
console.log("after adding:", [...unique]);
