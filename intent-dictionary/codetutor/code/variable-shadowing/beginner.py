# A name assigned inside a function is LOCAL to that function.
message = "global hello"


def greet():
    message = "local hello"   # a NEW variable that hides (shadows) the global
    print(message)            # local hello


greet()
print(message)                # global hello: the global was never changed


# Clearer: give the inner value its own name and return it.
def make_greeting(name):
    greeting = f"hello, {name}"
    return greeting


message = make_greeting("Ada")
print(message)                # hello, Ada
