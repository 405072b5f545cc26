const LEVELS = ["debug", "info", "error"] as const;
type Level = (typeof LEVELS)[number];

// Parts: a formatter is a function type, a sink is an interface.
type Formatter = (level: Level, message: string) => string;
interface Sink {
  write(line: string): void;
}

const plain: Formatter = (level, message) => `[${level}] ${message}`;
const asJson: Formatter = (level, message) => JSON.stringify({ level, message });
const consoleSink: Sink = { write: (line) => console.log(line) };

class MemorySink implements Sink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
}

interface LoggerParts {
  formatter: Formatter;
  sinks: readonly Sink[];
  minLevel: Level;
}

// Assembled from parts: 2 formats x 2 sinks needs no 4 subclasses.
class Logger {
  constructor(private readonly parts: LoggerParts) {}

  log(level: Level, message: string): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.parts.minLevel)) return;
    const line = this.parts.formatter(level, message);
    for (const sink of this.parts.sinks) sink.write(line); // delegate the writing
  }

  // Derive a variant by swapping one part; the original logger is untouched.
  with(changes: Partial<LoggerParts>): Logger {
    return new Logger({ ...this.parts, ...changes });
  }
}

const memory = new MemorySink();
const logger = new Logger({ formatter: plain, sinks: [consoleSink, memory], minLevel: "info" });
logger.log("info", "server started");
logger.log("debug", "filtered out");
logger.with({ formatter: asJson }).log("error", "disk full");
console.log("captured:", memory.lines);
