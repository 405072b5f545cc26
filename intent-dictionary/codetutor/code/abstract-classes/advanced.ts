type Row = Record<string, unknown>;

// Template method: export() fixes the steps, subclasses supply the format.
abstract class Exporter {
  export(rows: readonly Row[]): string {
    const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
    const lines = [this.header(columns), ...rows.map((r) => this.row(columns.map((c) => String(r[c] ?? ""))))];
    const footer = this.footer(rows.length);
    return (footer ? [...lines, footer] : lines).join("\n");
  }

  protected abstract header(columns: string[]): string;
  protected abstract row(values: string[]): string;

  protected footer(_count: number): string { // a hook: optional, with a default
    return "";
  }
}

class CsvExporter extends Exporter {
  protected header(columns: string[]): string { return this.row(columns); }
  protected row(values: string[]): string {
    return values.map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
  }
}

class MarkdownExporter extends Exporter {
  protected header(columns: string[]): string {
    return `${this.row(columns)}\n${this.row(columns.map(() => "---"))}`;
  }
  protected row(values: string[]): string { return `| ${values.join(" | ")} |`; }
  protected override footer(count: number): string { return `(${count} rows)`; }
}

const rows: Row[] = [{ name: "Ada", city: "London" }, { name: "Linus", city: "Helsinki, FI" }];
const exporters: Exporter[] = [new CsvExporter(), new MarkdownExporter()];
for (const exporter of exporters) {
  console.log(exporter.export(rows) + "\n");
}
// new Exporter();  // compile error: Cannot create an instance of an abstract class
// class Broken extends Exporter {}  // compile error: does not implement 'header', 'row'
