// Template method: export() fixes the steps, subclasses supply the format.
class Exporter {
  constructor() {
    if (new.target === Exporter) throw new TypeError("Exporter is abstract");
    // Fail at construction, not at the first call, if a required method is missing.
    const missing = ["header", "row"].filter((m) => this[m] === Exporter.prototype[m]);
    if (missing.length > 0) {
      throw new TypeError(`${new.target.name} must implement ${missing.join(", ")}`);
    }
  }

  export(rows) {
    const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
    const lines = [this.header(columns), ...rows.map((r) => this.row(columns.map((c) => String(r[c] ?? ""))))];
    const footer = this.footer(rows.length); // optional hook
    return (footer ? [...lines, footer] : lines).join("\n");
  }

  header() { throw new Error("abstract"); }
  row() { throw new Error("abstract"); }
  footer() { return ""; } // a hook with a default
}

const csvField = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

class CsvExporter extends Exporter {
  header(columns) { return this.row(columns); }
  row(values) { return values.map(csvField).join(","); }
}

class MarkdownExporter extends Exporter {
  header(columns) { return `${this.row(columns)}\n${this.row(columns.map(() => "---"))}`; }
  row(values) { return `| ${values.join(" | ")} |`; }
  footer(count) { return `(${count} rows)`; }
}

class BrokenExporter extends Exporter {
  header(columns) { return columns.join(";"); } // forgot row()
}

const rows = [{ name: "Ada", city: "London" }, { name: "Linus", city: "Helsinki, FI" }];
for (const exporter of [new CsvExporter(), new MarkdownExporter()]) {
  console.log(exporter.export(rows) + "\n");
}
for (const make of [() => new Exporter(), () => new BrokenExporter()]) {
  try { make(); } catch (err) { console.log(`${err.name}: ${err.message}`); }
}
