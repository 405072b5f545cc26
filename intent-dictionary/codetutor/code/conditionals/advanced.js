function classifyStatus(code) {
  // Guard clause: reject anything that is not a valid HTTP status first.
  if (!Number.isInteger(code) || code < 100 || code > 599) {
    return "invalid";
  }
  switch (Math.floor(code / 100)) {
    case 2:
      return "success";
    case 3:
      return "redirect";
    case 4:
      return code === 429 ? "rate-limited" : "client error";
    case 5:
      return "server error";
    default:
      return "informational";
  }
}

for (const code of [200, 301, 404, 429, 503, 101, 700, "200"]) {
  console.log(JSON.stringify(code).padEnd(5), classifyStatus(code));
}

// Truthiness trap: 0 and "" are falsy, so || throws away valid values.
const settings = { retries: 0, label: "" };
console.log("with ||:", settings.retries || 3, JSON.stringify(settings.label || "default"));
// ?? only falls back when the value is null or undefined.
console.log("with ??:", settings.retries ?? 3, JSON.stringify(settings.label ?? "default"));
