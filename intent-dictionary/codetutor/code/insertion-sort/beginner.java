import java.util.Arrays;

public class Main {
    // Sorts the array in place, smallest first.
    static void insertionSort(int[] items) {
        for (int i = 1; i < items.length; i++) {
            int key = items[i]; // the next value to place
            int j = i - 1;
            while (j >= 0 && items[j] > key) {
                items[j + 1] = items[j]; // shift the bigger value right
                j--;
            }
            items[j + 1] = key; // drop the key into the gap
        }
    }

    public static void main(String[] args) {
        int[] cards = {5, 2, 9, 1, 7};
        insertionSort(cards);
        System.out.println(Arrays.toString(cards)); // [1, 2, 5, 7, 9]
    }
}
