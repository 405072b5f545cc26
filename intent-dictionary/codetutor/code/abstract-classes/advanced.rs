// Rust has no abstract classes: required trait methods are the abstract steps,
// and a provided method is the template that calls them.
trait Exporter {
    fn header(&self, columns: &[&str]) -> String;
    fn row(&self, values: &[&str]) -> String;
    fn footer(&self, _count: usize) -> Option<String> { None } // a hook with a default

    fn export(&self, columns: &[&str], rows: &[Vec<&str>]) -> String {
        let mut lines = vec![self.header(columns)];
        lines.extend(rows.iter().map(|r| self.row(r)));
        lines.extend(self.footer(rows.len()));
        lines.join("\n")
    }
}

struct Csv;
struct Markdown;

impl Exporter for Csv {
    fn header(&self, columns: &[&str]) -> String { self.row(columns) }
    fn row(&self, values: &[&str]) -> String {
        let field = |v: &&str| {
            if v.contains([',', '"', '\n']) { format!("\"{}\"", v.replace('"', "\"\"")) } else { v.to_string() }
        };
        values.iter().map(field).collect::<Vec<_>>().join(",")
    }
}

impl Exporter for Markdown {
    fn header(&self, columns: &[&str]) -> String {
        format!("{}\n{}", self.row(columns), self.row(&vec!["---"; columns.len()]))
    }
    fn row(&self, values: &[&str]) -> String { format!("| {} |", values.join(" | ")) }
    fn footer(&self, count: usize) -> Option<String> { Some(format!("({count} rows)")) }
}

fn main() {
    let columns = ["name", "city"];
    let rows = vec![vec!["Ada", "London"], vec!["Linus", "Helsinki, FI"]];
    let exporters: [&dyn Exporter; 2] = [&Csv, &Markdown];
    for exporter in exporters {
        println!("{}\n", exporter.export(&columns, &rows));
    }
}
