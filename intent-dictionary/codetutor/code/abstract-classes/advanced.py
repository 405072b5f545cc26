from abc import ABC, abstractmethod


def csv_field(value: str) -> str:
    if any(ch in value for ch in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


class Exporter(ABC):  # template method: export() fixes the steps, subclasses the format
    def export(self, rows: list[dict[str, object]]) -> str:
        columns = list(rows[0]) if rows else []
        lines = [self.header(columns)]
        lines += [self.row([str(r.get(c, "")) for c in columns]) for r in rows]
        footer = self.footer(len(rows))
        return "\n".join(lines + [footer] if footer else lines)

    @abstractmethod
    def header(self, columns: list[str]) -> str: ...

    @abstractmethod
    def row(self, values: list[str]) -> str: ...

    def footer(self, count: int) -> str:  # a hook: optional, with a default
        return ""


class CsvExporter(Exporter):
    def header(self, columns: list[str]) -> str:
        return self.row(columns)

    def row(self, values: list[str]) -> str:
        return ",".join(map(csv_field, values))


class MarkdownExporter(Exporter):
    def header(self, columns: list[str]) -> str:
        return self.row(columns) + "\n" + self.row(["---"] * len(columns))

    def row(self, values: list[str]) -> str:
        return "| " + " | ".join(values) + " |"

    def footer(self, count: int) -> str:
        return f"({count} rows)"


rows = [{"name": "Ada", "city": "London"}, {"name": "Linus", "city": "Helsinki, FI"}]
for exporter in (CsvExporter(), MarkdownExporter()):
    print(exporter.export(rows), end="\n\n")
# Exporter() raises TypeError: it still has abstract methods header and row
