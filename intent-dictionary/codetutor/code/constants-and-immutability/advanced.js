"use strict"; // in strict mode, writing to a frozen object throws instead of failing silently

const config = { retries: 3 };
config.retries = 5; // allowed: const fixes the binding, not the object
console.log("retries:", config.retries);

function deepFreeze(obj) {
  for (const value of Object.values(obj)) {
    if (typeof value === "object" && value !== null) deepFreeze(value);
  }
  return Object.freeze(obj);
}

// Object.freeze is shallow: nested objects stay writable.
const shallow = Object.freeze({ server: { port: 8080 } });
shallow.server.port = 9090;
console.log("shallow:", shallow.server.port);

const frozen = deepFreeze({ server: { port: 8080 }, tags: ["a"] });
for (const attempt of [() => (frozen.server.port = 9090), () => frozen.tags.push("b")]) {
  try {
    attempt();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}

// Update immutably: build a new object that shares the unchanged parts.
const updated = { ...frozen, server: { ...frozen.server, port: 9090 } };
console.log(frozen.server.port, updated.server.port, updated.tags === frozen.tags);

// Non-mutating array methods return copies and leave the original alone.
const scores = Object.freeze([30, 10, 20]);
console.log(scores.toSorted((a, b) => a - b), scores.with(0, 99), scores);
