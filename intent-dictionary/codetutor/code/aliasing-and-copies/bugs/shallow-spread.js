const assert = require("node:assert");

const defaults = { volume: 5, theme: { color: "light" } };

function userSettings() {
  const settings = { ...defaults }; // BUG: theme is still the shared object
  settings.theme.color = "dark";
  return settings;
}

userSettings();
assert.strictEqual(defaults.theme.color, "light", "defaults were changed");
console.log("defaults intact");
