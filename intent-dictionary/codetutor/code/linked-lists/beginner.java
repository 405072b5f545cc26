public class Main {
    // Each node holds a value and a reference to the next node.
    static class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        // Build the list 1 -> 2 -> 3 by linking nodes together.
        Node head = new Node(1, new Node(2, new Node(3, null)));

        // Walk the chain until there is no next node.
        for (Node current = head; current != null; current = current.next) {
            System.out.println(current.value);
        }

        head = new Node(0, head); // inserting at the front is O(1)
        System.out.println("new head: " + head.value);
    }
}
