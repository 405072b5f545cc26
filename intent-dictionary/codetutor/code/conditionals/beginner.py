temperature = 18

# Only the first branch whose condition is true runs.
if temperature < 0:
    print("Freezing: wear a heavy coat")
elif temperature < 15:
    print("Cold: take a jacket")
elif temperature < 25:
    print("Mild: a sweater is enough")
else:
    print("Hot: T-shirt weather")

# A conditional expression picks one of two values.
advice = "take an umbrella" if temperature < 20 else "leave the umbrella at home"
print(advice)
