public class Main {
    // True if the text reads the same forwards and backwards.
    static boolean isPalindrome(String text) {
        int left = 0, right = text.length() - 1; // one pointer at each end
        while (left < right) {
            if (text.charAt(left) != text.charAt(right)) {
                return false;                    // mismatch: not a palindrome
            }
            left++;                              // both step toward the middle
            right--;
        }
        return true;
    }

    public static void main(String[] args) {
        System.out.println(isPalindrome("racecar")); // true
        System.out.println(isPalindrome("rocket"));  // false
    }
}
