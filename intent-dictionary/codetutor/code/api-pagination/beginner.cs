using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Return one page; pages are numbered from 1.
    static List<T> GetPage<T>(IEnumerable<T> items, int page, int pageSize)
    {
        return items.Skip((page - 1) * pageSize).Take(pageSize).ToList(); // skip earlier pages
    }

    static void Main()
    {
        List<string> products = Enumerable.Range(1, 23).Select(n => "product-" + n).ToList();
        int pageSize = 10;
        int totalPages = (products.Count + pageSize - 1) / pageSize; // 23 items -> 3 pages
        for (int page = 1; page <= totalPages; page++)
        {
            List<string> items = GetPage(products, page, pageSize);
            Console.WriteLine($"page {page}/{totalPages}: {items[0]} .. {items[items.Count - 1]} ({items.Count} items)");
        }
    }
}
