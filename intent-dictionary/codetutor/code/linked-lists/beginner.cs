using System;

class Program
{
    // Each node holds a value and a reference to the next node.
    class Node
    {
        public int Value;
        public Node Next;
        public Node(int value, Node next) { Value = value; Next = next; }
    }

    static void Main()
    {
        // Build the list 1 -> 2 -> 3 by linking nodes together.
        var head = new Node(1, new Node(2, new Node(3, null)));

        // Walk the chain until there is no next node.
        for (Node current = head; current != null; current = current.Next)
            Console.WriteLine(current.Value);

        head = new Node(0, head); // inserting at the front is O(1)
        Console.WriteLine("new head: " + head.Value);
    }
}
