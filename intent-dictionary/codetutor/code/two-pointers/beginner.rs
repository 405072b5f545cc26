// Finds two numbers in a SORTED slice that add up to target.
fn pair_with_sum(nums: &[i32], target: i32) -> Option<(i32, i32)> {
    if nums.is_empty() {
        return None;
    }
    let (mut left, mut right) = (0, nums.len() - 1); // both ends
    while left < right {
        let sum = nums[left] + nums[right];
        if sum == target {
            return Some((nums[left], nums[right]));
        } else if sum < target {
            left += 1; // too small: take a bigger left value
        } else {
            right -= 1; // too big: take a smaller right value
        }
    }
    None
}

fn main() {
    println!("{:?}", pair_with_sum(&[1, 3, 4, 6, 9], 10)); // Some((1, 9))
    println!("{:?}", pair_with_sum(&[1, 3, 4, 6, 9], 2)); // None
}
