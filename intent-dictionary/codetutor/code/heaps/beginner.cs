using System;

class Program
{
    static void Main()
    {
        // A min-heap lives in a plain array: parent of i is (i-1)/2,
        // children of i are 2i+1 and 2i+2, and every parent <= its children.
        int[] heap = { 3, 8, 42, 15, 23 };

        Console.WriteLine("smallest (root): " + heap[0]);
        for (int i = 0; i < heap.Length; i++)
        {
            int left = 2 * i + 1, right = 2 * i + 2;
            string kids = "";
            if (left < heap.Length) kids += heap[left] + " ";
            if (right < heap.Length) kids += heap[right];
            if (kids.Length > 0)
                Console.WriteLine(heap[i] + " -> children " + kids.Trim());
        }
    }
}
