public class Main {
    // Smaller keys go left, larger keys go right.
    static class Node {
        int key;
        Node left, right;
        Node(int key) { this.key = key; }
    }

    static Node insert(Node node, int key) {
        if (node == null) return new Node(key);
        if (key < node.key) node.left = insert(node.left, key);
        else if (key > node.key) node.right = insert(node.right, key);
        return node; // equal keys are ignored
    }

    static boolean contains(Node node, int key) {
        while (node != null && node.key != key) node = key < node.key ? node.left : node.right;
        return node != null; // each step skips half the tree
    }

    public static void main(String[] args) {
        Node root = null;
        for (int key : new int[] {50, 30, 70, 20, 40, 60}) root = insert(root, key);
        System.out.println("has 40? " + contains(root, 40) + ", has 45? " + contains(root, 45));
    }
}
