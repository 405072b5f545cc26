public class Main {
    // Returns the index of the first element equal to target, or -1.
    static int linearSearch(String[] items, String target) {
        for (int i = 0; i < items.length; i++) {
            if (items[i].equals(target)) { // compare text, not references
                return i;
            }
        }
        return -1; // checked every element
    }

    public static void main(String[] args) {
        String[] fruits = {"pear", "apple", "fig", "apple"};
        System.out.println(linearSearch(fruits, "apple")); // 1
        System.out.println(linearSearch(fruits, "kiwi"));  // -1
    }
}
