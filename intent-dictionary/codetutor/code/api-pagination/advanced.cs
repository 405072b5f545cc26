using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    // Rows sorted by a unique key (id): keyset pagination needs a stable, total order.
    static readonly List<int> Rows = Enumerable.Range(1, 11).ToList(); // user ids

    // Opaque to clients: they send it back and never build it themselves.
    static string EncodeCursor(int lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes("after:" + lastId));

    static int DecodeCursor(string cursor)
    {
        string text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        if (!text.StartsWith("after:") || !int.TryParse(text.Substring(6), out int after))
            throw new ArgumentException("invalid cursor");
        return after;
    }

    // One page after the cursor, like GET /users?limit=4&cursor=...; NextCursor is null at the end.
    static (List<int> Data, string NextCursor) ListUsers(int limit, string cursor = null)
    {
        if (limit < 1 || limit > 100) throw new ArgumentOutOfRangeException(nameof(limit));
        int after = cursor == null ? 0 : DecodeCursor(cursor);
        // SQL: WHERE id > @after ORDER BY id LIMIT @limit + 1  (the extra row says "more exist")
        List<int> page = Rows.Where(id => id > after).Take(limit + 1).ToList();
        List<int> data = page.Take(limit).ToList();
        return (data, page.Count > limit ? EncodeCursor(data[data.Count - 1]) : null);
    }

    static void Main()
    {
        var first = ListUsers(4);
        Rows.Remove(2); // someone deletes user 2 meanwhile
        Console.WriteLine("offset page 2: " + string.Join(", ", Rows.Skip(4).Take(4)) + " <- user 5 skipped");
        Console.WriteLine("cursor page 2: " + string.Join(", ", ListUsers(4, first.NextCursor).Data));

        var all = new List<int>(); // a client following NextCursor until it is null
        string cursor = null;
        do
        {
            var page = ListUsers(4, cursor);
            all.AddRange(page.Data);
            cursor = page.NextCursor;
        } while (cursor != null);
        Console.WriteLine(all.Count + " users: " + string.Join(", ", all));
    }
}
