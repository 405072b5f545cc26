PAIRS = {")": "(", "]": "[", "}": "{"}


def check_brackets(text: str) -> str:
    """Report the first bracket error in text, in O(n) time and O(n) space."""
    stack: list[tuple[str, int]] = []  # (opening bracket, position)
    for pos, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, pos))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected '{ch}' at {pos}"
            opener, open_pos = stack.pop()
            if opener != PAIRS[ch]:
                return f"'{ch}' at {pos} does not close '{opener}' at {open_pos}"
    if stack:
        opener, open_pos = stack[-1]
        return f"'{opener}' at {open_pos} is never closed"
    return "balanced"


for sample in ["f(a[i], {k: v})", "(]", "print(x))", "{[()"]:
    print(f"{sample!r:20} -> {check_brackets(sample)}")
