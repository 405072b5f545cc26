using System;

class Program
{
    // Container with most water: the lines at i and j hold
    // min(h[i], h[j]) * (j - i). Start with the widest pair and always move
    // the shorter side inward: the shorter line cannot do better with any
    // narrower partner, so skipping it loses nothing. O(n) instead of O(n^2).
    static int MaxArea(int[] heights, out int bestLeft, out int bestRight)
    {
        if (heights.Length < 2) throw new ArgumentException("need at least two lines");
        int left = 0, right = heights.Length - 1, best = 0;
        bestLeft = left; bestRight = right;
        while (left < right)
        {
            int area = Math.Min(heights[left], heights[right]) * (right - left);
            if (area > best) { best = area; bestLeft = left; bestRight = right; }
            if (heights[left] < heights[right]) left++;
            else right--;
        }
        return best;
    }

    static void Main()
    {
        int[] heights = { 1, 8, 6, 2, 5, 4, 8, 3, 7 };
        int l, r;
        int area = MaxArea(heights, out l, out r);
        Console.WriteLine("max area " + area + " between index " + l + " and " + r); // 49, 1 and 8

        try { MaxArea(new[] { 5 }, out l, out r); }
        catch (ArgumentException e) { Console.WriteLine("error: " + e.Message); }
    }
}
