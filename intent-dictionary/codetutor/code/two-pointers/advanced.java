import java.util.Arrays;

public class Main {
    // Palindrome check that skips punctuation and ignores case, with no
    // copying or lowercasing of the whole string: O(n) time, O(1) space.
    static boolean isSentencePalindrome(String s) {
        int left = 0, right = s.length() - 1;
        while (left < right) {
            if (!Character.isLetterOrDigit(s.charAt(left))) { left++; continue; }
            if (!Character.isLetterOrDigit(s.charAt(right))) { right--; continue; }
            if (Character.toLowerCase(s.charAt(left)) != Character.toLowerCase(s.charAt(right))) {
                return false;
            }
            left++;
            right--;
        }
        return true;
    }

    // Same-direction pointers: move every zero to the end, keeping the order
    // of the other values (a stable in-place partition).
    static void moveZerosToEnd(int[] a) {
        int write = 0;                       // next slot for a non-zero value
        for (int read = 0; read < a.length; read++) {
            if (a[read] != 0) {
                int t = a[write]; a[write] = a[read]; a[read] = t;
                write++;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println(isSentencePalindrome("A man, a plan, a canal: Panama!")); // true
        System.out.println(isSentencePalindrome("Never odd or even?"));             // true
        System.out.println(isSentencePalindrome("Two pointers"));                   // false

        int[] scores = {0, 7, 0, 0, 3, 12};
        moveZerosToEnd(scores);
        System.out.println(Arrays.toString(scores)); // [7, 3, 12, 0, 0, 0]
    }
}
