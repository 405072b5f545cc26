greeting = "Hello"  # module-level (global) variable


def welcome(name):
    message = f"{greeting}, {name}!"  # local: exists only during this call
    return message


print(welcome("Ada"))
print(greeting)  # fine: defined at module level
# print(message)  # NameError: message only existed inside welcome()

# Python has no block scope: a variable set inside an if is visible after it.
if len(greeting) > 3:
    is_long = True
print(is_long)
