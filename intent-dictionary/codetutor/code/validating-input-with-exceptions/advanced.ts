type Problems = Record<string, string>;

// One error type for bad input; `problems` maps each bad field to a message.
class ValidationError extends Error {
  constructor(readonly problems: Problems) {
    super(Object.entries(problems).map(([f, m]) => `${f}: ${m}`).join("; "));
    this.name = "ValidationError";
  }
}

interface SignupForm {
  username?: string;
  age?: string;
}
interface Signup {
  username: string;
  age: number;
}

function parseAge(text: string): number {
  // Number("") is 0 and Number(" 7 ") is 7, so check the digits explicitly
  if (!/^\d{1,3}$/.test(text)) throw new ValidationError({ age: "must be a whole number" });
  const age = Number(text);
  if (age < 13 || age > 120) throw new ValidationError({ age: `must be 13-120, got ${age}` });
  return age;
}

// Check every field and report all problems at once, not just the first.
function validateSignup(form: SignupForm): Signup {
  const problems: Problems = {};
  const username = (form.username ?? "").trim().toLowerCase();
  if (!/^[a-z0-9_]{3,20}$/.test(username)) problems.username = "3-20 letters, digits or _";
  let age = 0;
  try {
    age = parseAge(form.age ?? "");
  } catch (err: unknown) {
    if (!(err instanceof ValidationError)) throw err; // never swallow real bugs
    Object.assign(problems, err.problems);
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return { username, age }; // the return type says: a valid Signup, nothing else
}

const forms: SignupForm[] = [{ username: " Ada_99 ", age: "36" }, { username: "x!", age: "ten" }, { age: "9" }];
for (const form of forms) {
  try {
    console.log("accepted:", validateSignup(form));
  } catch (err: unknown) {
    if (!(err instanceof ValidationError)) throw err;
    console.log("rejected:", err.message, "| fields:", Object.keys(err.problems).sort());
  }
}
