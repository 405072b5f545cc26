function parseSettings(text: string): { theme: string } {
  try {
    return JSON.parse(text) as { theme: string };
  } catch (err: unknown) {
    // A caught value has type unknown: check it before using it.
    const reason = err instanceof Error ? err.name : String(err);
    console.log(`warning: ${reason}, using defaults`);
    return { theme: "light" };
  } finally {
    console.log("parse attempt finished");
  }
}

console.log(parseSettings('{"theme": "dark"}').theme);
console.log(parseSettings("{theme: dark}").theme);
