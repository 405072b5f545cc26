def to_number(text):
    try:
        return int(text)
    except ValueError:  # catch only the error we expect
        print(f"warning: {text!r} is not a number, using 0")
        return 0


print(to_number("42"))
print(to_number("abc"))

# finally runs whether or not an error happened.
try:
    result = 10 / 0
except ZeroDivisionError as err:
    print("cannot divide:", err)
finally:
    print("done")
