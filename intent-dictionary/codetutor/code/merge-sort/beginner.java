import java.util.Arrays;

public class Main {
    // Merges two sorted arrays into one sorted array.
    static int[] merge(int[] left, int[] right) {
        int[] result = new int[left.length + right.length];
        int i = 0, j = 0, k = 0;
        while (i < left.length && j < right.length) {
            result[k++] = left[i] <= right[j] ? left[i++] : right[j++]; // ties from the left
        }
        while (i < left.length) result[k++] = left[i++];   // leftovers
        while (j < right.length) result[k++] = right[j++];
        return result;
    }

    static int[] mergeSort(int[] items) {
        if (items.length <= 1) return items; // base case
        int mid = items.length / 2;
        return merge(mergeSort(Arrays.copyOfRange(items, 0, mid)),
                     mergeSort(Arrays.copyOfRange(items, mid, items.length)));
    }

    public static void main(String[] args) {
        int[] sorted = mergeSort(new int[] {38, 27, 43, 3, 9, 82, 10});
        System.out.println(Arrays.toString(sorted)); // [3, 9, 10, 27, 38, 43, 82]
    }
}
