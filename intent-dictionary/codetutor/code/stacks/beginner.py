# A stack is last in, first out: you only touch the top.
undo_stack = []
undo_stack.append("type 'hello'")   # push
undo_stack.append("make bold")      # push
undo_stack.append("delete line")    # push

print("top:", undo_stack[-1])       # peek without removing
while undo_stack:                   # an empty list is falsy
    action = undo_stack.pop()       # pop the most recent action
    print("undo:", action)
