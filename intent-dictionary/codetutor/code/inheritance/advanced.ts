type ErrorResponse = { status: number; error: string; detail: string; retryAfter?: number };

// Base of this app's errors: one `instanceof AppError` check covers the family.
class AppError extends Error {
  protected status = 500;

  constructor(message: string, readonly detail = "") {
    super(message);
    this.name = new.target.name; // the concrete subclass's name
  }

  toResponse(): ErrorResponse {
    return { status: this.status, error: this.message, detail: this.detail };
  }
}

class NotFound extends AppError {
  protected override status = 404;
}

class InvalidField extends AppError {
  protected override status = 422;

  constructor(readonly field: string, problem: string) {
    super(`invalid ${field}`, problem);
  }
}

class RateLimited extends AppError {
  protected override status = 429;

  override toResponse(): ErrorResponse {
    return { ...super.toResponse(), retryAfter: 30 }; // extend, don't copy
  }
}

function handle(error: unknown): ErrorResponse {
  if (error instanceof AppError) return error.toResponse();
  throw error; // not ours: let it propagate
}

const errors = [new NotFound("no user 42"), new InvalidField("email", "missing @"), new RateLimited("slow down")];
for (const error of errors) {
  console.log(error.name, handle(error));
}
