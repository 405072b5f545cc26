function shout(words) {
  const result = [];
  let i = 0;
  while (i < words.length) {
    result.push(words[i].toUpperCase());
    i++;
  }
  return result;
}

console.log(shout(["ready", "set", "go"]).join(" "));
