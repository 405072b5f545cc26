// Expected failures as values: the compiler forces callers to look at both cases.
type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

type PortError =
  | { kind: "not-a-number"; input: string }
  | { kind: "out-of-range"; port: number };

function parsePort(input: string): Result<number, PortError> {
  const port = Number(input);
  if (input.trim() === "" || !Number.isInteger(port)) {
    return { ok: false, error: { kind: "not-a-number", input } };
  }
  if (port < 1 || port > 65535) {
    return { ok: false, error: { kind: "out-of-range", port } };
  }
  return { ok: true, value: port };
}

function describe(error: PortError): string {
  switch (error.kind) {
    case "not-a-number":
      return `"${error.input}" is not a number`;
    case "out-of-range":
      return `${error.port} is outside 1-65535`;
  }
}

// Failures the caller cannot handle locally still throw, with their own class.
class StartupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options); // options.cause can carry the original error
    this.name = "StartupError";
  }
}

function start(rawPort: string): string {
  const result = parsePort(rawPort);
  if (!result.ok) throw new StartupError(`cannot start: ${describe(result.error)}`);
  return `listening on ${result.value}`;
}

for (const raw of ["8080", "http", "70000"]) {
  try {
    console.log(start(raw));
  } catch (err: unknown) {
    if (!(err instanceof StartupError)) throw err; // not ours: let it propagate
    console.log(`${err.name}: ${err.message}`);
  }
}
