public class Main {
    // Returns the index of target in the sorted array, or -1.
    static int binarySearch(int[] items, int target) {
        int lo = 0;
        int hi = items.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2; // middle, without int overflow
            if (items[mid] == target) return mid;
            if (items[mid] < target) {
                lo = mid + 1; // keep the right half
            } else {
                hi = mid - 1; // keep the left half
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        int[] scores = {3, 8, 15, 23, 42, 57, 91};
        System.out.println(binarySearch(scores, 42)); // 4
        System.out.println(binarySearch(scores, 5));  // -1
    }
}
