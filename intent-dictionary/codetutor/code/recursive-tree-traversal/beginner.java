public class Main {
    static class Node {
        int key;
        Node left, right;
        Node(int key) { this.key = key; }
    }

    static Node insert(Node node, int key) {
        if (node == null) return new Node(key); // base case: empty spot
        if (key < node.key) node.left = insert(node.left, key);
        else node.right = insert(node.right, key);
        return node;
    }

    static void inOrder(Node node) {
        if (node == null) return; // base case: empty subtree prints nothing
        inOrder(node.left);       // all smaller keys first
        System.out.print(node.key + " ");
        inOrder(node.right);      // then all larger keys
    }

    public static void main(String[] args) {
        Node root = null;
        for (int key : new int[] {50, 30, 70, 20, 40, 60}) root = insert(root, key);
        inOrder(root); // prints the keys in sorted order
        System.out.println();
    }
}
