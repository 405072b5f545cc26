// One error type for bad input; `problems` maps each bad field to a message.
class ValidationError extends Error {
  constructor(problems, options) {
    super(Object.entries(problems).map(([f, m]) => `${f}: ${m}`).join("; "), options);
    this.name = "ValidationError";
    this.problems = problems;
  }
}

const USERNAME = /^[a-z0-9_]{3,20}$/;

function parseAge(text) {
  // Number("") is 0 and Number(" 7 ") is 7, so check the digits explicitly
  if (!/^\d{1,3}$/.test(text)) throw new ValidationError({ age: "must be a whole number" });
  const age = Number(text);
  if (age < 13 || age > 120) throw new ValidationError({ age: `must be 13-120, got ${age}` });
  return age;
}

// Check every field and report all problems at once, not just the first.
function validateSignup(form) {
  const problems = {};
  const name = (form.username ?? "").trim().toLowerCase();
  if (!USERNAME.test(name)) problems.username = "3-20 letters, digits or _";
  let age;
  try {
    age = parseAge(form.age ?? "");
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err; // never swallow real bugs
    Object.assign(problems, err.problems);
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return { username: name, age };
}

for (const form of [{ username: " Ada_99 ", age: "36" }, { username: "x!", age: "ten" }, { age: "9" }]) {
  try {
    console.log("accepted:", validateSignup(form));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.log("rejected:", err.message, "| fields:", Object.keys(err.problems).sort());
  }
}

// Low-level errors can be wrapped without losing them: { cause } (ES2022)
try {
  try {
    JSON.parse("{age: 36}");
  } catch (err) {
    throw new ValidationError({ body: "not valid JSON" }, { cause: err });
  }
} catch (err) {
  console.log(`${err.name}: ${err.message} (cause: ${err.cause.name})`);
}
