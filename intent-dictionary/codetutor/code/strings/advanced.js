// length counts UTF-16 code units, not the characters a reader sees.
const text = "👍🏽 café";
const graphemes = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)];
console.log(text.length, [...text].length, graphemes.length); // units, code points, characters

// Reversing by code unit breaks emoji; reverse grapheme clusters instead.
const reverse = (s) =>
  [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(s)]
    .map((g) => g.segment)
    .reverse()
    .join("");
console.log(reverse(text));

// Same-looking strings can differ; normalise before comparing.
const composed = "caf\u00e9";
const decomposed = "cafe\u0301";
console.log(composed === decomposed, composed === decomposed.normalize("NFC"));

// Sorting for people needs locale-aware comparison, not code-unit order.
const names = ["émile", "Zoe", "adam"];
console.log([...names].sort(), [...names].sort((a, b) => a.localeCompare(b, "en")));

// Named capture groups turn a line of text into structured data.
const line = "2024-03-15 ERROR disk almost full";
const match = /^(?<date>\S+) (?<level>[A-Z]+) (?<message>.*)$/.exec(line);
if (match) {
  const { date, level, message } = match.groups;
  console.log(`${level.padEnd(5)}| ${date} | ${message.replaceAll(" ", "_")}`);
}

// Build output with an array and one join instead of += in a loop.
const rows = [["pen", 150], ["notebook", 1299]];
const lines = rows.map(([item, cents]) => `${item.padEnd(10)}${(cents / 100).toFixed(2).padStart(8)}`);
console.log(lines.join("\n"));
