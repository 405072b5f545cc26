// Template literal types: the compiler checks the shape of a string.
type LogLevel = "INFO" | "WARN" | "ERROR";
type Channel = `#${string}`;

interface LogLine {
  date: string;
  level: LogLevel;
  message: string;
}

const LEVELS: readonly string[] = ["INFO", "WARN", "ERROR"];

function isLevel(s: string): s is LogLevel {
  return LEVELS.includes(s);
}

function parseLine(line: string): LogLine | undefined {
  const match = /^(\S+) ([A-Z]+)\s+(.*)$/.exec(line.trim());
  if (!match || !isLevel(match[2])) return undefined;
  return { date: match[1], level: match[2], message: match[3] };
}

function toChannel(name: string): Channel {
  // Normalise, drop accents, collapse everything else into hyphens.
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `#${slug}`;
}

const input = [
  "2024-03-15 ERROR disk almost full",
  "garbage",
  "2024-03-15 DEBUG too chatty",
  " 2024-03-16 WARN  cpu hot ",
];
const parsed = input.map(parseLine).filter((l): l is LogLine => l !== undefined);
const report = parsed.map((l) => `${l.level.padEnd(5)}| ${l.date} | ${l.message}`).join("\n");
console.log(report);
console.log(toChannel("Équipe Café -- Ops!"));
