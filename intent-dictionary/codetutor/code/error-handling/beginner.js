function parseSettings(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    // JSON.parse throws a SyntaxError for malformed input.
    console.log(`warning: ${err.name}, using defaults`);
    return { theme: "light" };
  }
}

console.log(parseSettings('{"theme": "dark"}'));
console.log(parseSettings("{theme: dark}"));

// finally runs whether or not an error happened.
try {
  null.length;
} catch (err) {
  console.log("caught:", err.message);
} finally {
  console.log("done");
}
