class MemorySink {
  lines = [];
  write(line) {
    this.lines.push(line);
  }
}

class Logger {
  constructor(write) {
    this.write = write; // the part: a function that stores one line
  }
  log(message) {
    this.write(`[log] ${message}`);
  }
}

const memory = new MemorySink();
const logger = new Logger((line) => memory.write(line)); // keeps `memory` as the receiver
logger.log("server started");
console.log(memory.lines);
