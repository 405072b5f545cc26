def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
    # BUG: falls off the end, so the function silently returns None


users = [{"name": "Ada", "age": 36}, {"name": "Alan", "age": 41}]
print(find_user(users, "Ada")["age"])
print(find_user(users, "Grace")["age"])
