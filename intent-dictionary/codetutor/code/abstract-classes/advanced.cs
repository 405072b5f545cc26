using System;
using System.Collections.Generic;
using System.Linq;

// Template method: Export() fixes the steps, subclasses supply the format.
abstract class Exporter
{
    public string Export(IReadOnlyList<IDictionary<string, string>> rows)
    {
        var columns = rows.Count > 0 ? rows[0].Keys.ToList() : new List<string>();
        var lines = new List<string> { Header(columns) };
        lines.AddRange(rows.Select(r => Row(columns.Select(c => r.TryGetValue(c, out var v) ? v : "").ToList())));
        string footer = Footer(rows.Count);
        if (footer.Length > 0) lines.Add(footer);
        return string.Join("\n", lines);
    }

    protected abstract string Header(IList<string> columns);
    protected abstract string Row(IList<string> values);
    protected virtual string Footer(int count) => ""; // a hook with a default
}

sealed class CsvExporter : Exporter
{
    static string Field(string v) => v.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    protected override string Header(IList<string> columns) => Row(columns);
    protected override string Row(IList<string> values) => string.Join(",", values.Select(Field));
}

sealed class MarkdownExporter : Exporter
{
    protected override string Header(IList<string> columns) =>
        Row(columns) + "\n" + Row(columns.Select(_ => "---").ToList());
    protected override string Row(IList<string> values) => "| " + string.Join(" | ", values) + " |";
    protected override string Footer(int count) => $"({count} rows)";
}

class Program
{
    static void Main()
    {
        var rows = new List<IDictionary<string, string>>
        {
            new Dictionary<string, string> { ["name"] = "Ada", ["city"] = "London" },
            new Dictionary<string, string> { ["name"] = "Linus", ["city"] = "Helsinki, FI" },
        };
        foreach (Exporter exporter in new Exporter[] { new CsvExporter(), new MarkdownExporter() })
            Console.WriteLine(exporter.Export(rows) + "\n");
    }
}
