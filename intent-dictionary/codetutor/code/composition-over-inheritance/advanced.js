const LEVELS = ["debug", "info", "error"];

// Parts: formatters are plain functions, sinks are any objects with write(line).
const plain = (level, message) => `[${level}] ${message}`;
const asJson = (level, message) => JSON.stringify({ level, message });

const consoleSink = { write: (line) => console.log(line) };

class MemorySink {
  lines = [];
  write(line) {
    this.lines.push(line);
  }
}

// Assembled from parts: 2 formats x 2 sinks needs no 4 subclasses.
class Logger {
  constructor({ formatter = plain, sinks = [consoleSink], minLevel = "info" } = {}) {
    if (!LEVELS.includes(minLevel)) throw new RangeError(`unknown level ${minLevel}`);
    Object.assign(this, { formatter, sinks, minLevel });
  }

  log(level, message) {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.minLevel)) return;
    const line = this.formatter(level, message);
    for (const sink of this.sinks) sink.write(line); // delegate the writing
  }

  // Derive a variant by swapping one part; the original logger is untouched.
  with(parts) {
    return new Logger({ ...this, ...parts });
  }
}

const memory = new MemorySink();
const logger = new Logger({ sinks: [consoleSink, memory] });
logger.log("info", "server started");
logger.log("debug", "filtered out");
logger.with({ formatter: asJson }).log("error", "disk full");
console.log("captured:", memory.lines);
