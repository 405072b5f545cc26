def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
    return None                 # make the "not found" case explicit...


users = [{"name": "Ada", "age": 36}, {"name": "Alan", "age": 41}]
for name in ["Ada", "Grace"]:
    user = find_user(users, name)
    if user is None:            # ...and handle it at the call site
        print(f"{name}: not found")
    else:
        print(user["age"])
