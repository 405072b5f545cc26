# dict.get() returns None when the key is missing, so check before using it.
emails = {"ada": "ada@example.com", "alan": "alan@example.com"}

for name in ["ada", "grace"]:
    email = emails.get(name)
    if email is None:                 # compare to None with "is"
        print(f"{name}: no email on file")
    else:
        print(f"{name}: {email.upper()}")

# Or ask for a default so there is never a None to handle.
print(emails.get("grace", "unknown"))
