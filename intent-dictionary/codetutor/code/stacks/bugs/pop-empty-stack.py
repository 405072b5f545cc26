def is_balanced(text):
    stack = []
    for ch in text:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            stack.pop()
    return not stack


for sample in ["(a + b)", "((x)", "x) + (y"]:
    print(sample, "->", is_balanced(sample))
