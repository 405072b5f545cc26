const assert = require("node:assert");

// The "interfaces" are contracts checked at the boundary: fail fast, with a clear message.
function requireMethods(obj, role, ...methods) {
  const missing = methods.filter((m) => typeof obj?.[m] !== "function");
  if (missing.length > 0) {
    throw new TypeError(`${role} is missing: ${missing.join(", ")}`);
  }
  return obj;
}

const fixedClock = (hour) => ({ hour: () => hour }); // a plain object satisfies Clock
const consoleSender = { send: (to, text) => console.log(`-> ${to}: ${text}`) };

class RecordingSender { // a test double: records instead of delivering
  sent = [];
  send(to, text) {
    this.sent.push([to, text]);
  }
}

class Greeter {
  #clock;
  #sender;

  constructor(clock, sender) {
    this.#clock = requireMethods(clock, "clock", "hour");
    this.#sender = requireMethods(sender, "sender", "send");
  }

  greet(to) {
    const part = this.#clock.hour() < 12 ? "morning" : "evening";
    this.#sender.send(to, `Good ${part}, ${to}!`);
  }
}

new Greeter(fixedClock(9), consoleSender).greet("Ada");
const recorder = new RecordingSender();
new Greeter(fixedClock(20), recorder).greet("Linus");
assert.deepStrictEqual(recorder.sent, [["Linus", "Good evening, Linus!"]]);
console.log("recorded:", recorder.sent);
try {
  new Greeter(fixedClock(9), { post() {} });
} catch (err) {
  console.log("rejected:", err.message);
}
