import java.util.Iterator;
import java.util.NoSuchElementException;

public class Main {
    /** A generic singly linked list with O(1) push and in-place reversal. */
    static final class SinglyLinkedList<T> implements Iterable<T> {
        private static final class Node<T> {
            final T value;
            Node<T> next;
            Node(T value, Node<T> next) { this.value = value; this.next = next; }
        }

        private Node<T> head;
        private int size;

        void push(T value) { head = new Node<>(value, head); size++; }

        T pop() {
            if (head == null) throw new NoSuchElementException("list is empty");
            T value = head.value;
            head = head.next; // the old node becomes garbage
            size--;
            return value;
        }

        void reverse() { // O(n) time, O(1) extra space
            Node<T> prev = null, cur = head;
            while (cur != null) {
                Node<T> next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                private Node<T> cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() {
                    if (cur == null) throw new NoSuchElementException();
                    T v = cur.value;
                    cur = cur.next;
                    return v;
                }
            };
        }
    }

    public static void main(String[] args) {
        SinglyLinkedList<String> list = new SinglyLinkedList<>();
        for (String s : new String[] {"c", "b", "a"}) list.push(s);
        list.reverse();
        StringBuilder sb = new StringBuilder();
        for (String s : list) sb.append(s).append(" -> "); // Iterable enables for-each
        System.out.println(sb.append("null") + " (size " + list.size + ")");
        System.out.println("popped " + list.pop() + ", then " + list.pop());
    }
}
