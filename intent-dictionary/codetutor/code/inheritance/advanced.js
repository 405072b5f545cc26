// Base of this app's errors: one `instanceof AppError` check covers the family.
class AppError extends Error {
  static status = 500;

  constructor(message, detail = "") {
    super(message); // must run before `this` is touched
    this.name = new.target.name; // the concrete subclass's name
    this.detail = detail;
  }

  toResponse() {
    return { status: this.constructor.status, error: this.message, detail: this.detail };
  }
}

class NotFound extends AppError {
  static status = 404; // override one piece, keep everything else
}

class InvalidField extends AppError {
  static status = 422;

  constructor(field, problem) {
    super(`invalid ${field}`, problem);
    this.field = field;
  }
}

class RateLimited extends AppError {
  static status = 429;

  toResponse() {
    return { ...super.toResponse(), retryAfter: 30 }; // extend, don't copy
  }
}

function handle(error) {
  if (error instanceof AppError) return error.toResponse();
  throw error; // not ours: let it propagate
}

for (const error of [new NotFound("no user 42"), new InvalidField("email", "missing @"), new RateLimited("slow down")]) {
  console.log(error.name, handle(error));
}
console.log("stack traces still work:", new NotFound("x").stack.split("\n")[0]);
