from dataclasses import dataclass
from operator import attrgetter


@dataclass(frozen=True)
class Employee:
    name: str
    dept: str
    salary: int


staff = [
    Employee("Noor", "eng", 120), Employee("Ada", "ops", 90),
    Employee("Ben", "eng", 120), Employee("Cal", "eng", 95),
    Employee("Dee", "ops", 105),
]

# sorted() returns a new list and leaves `staff` untouched.
by_name = sorted(staff, key=attrgetter("name"))
print([e.name for e in by_name])

# Several keys at once: dept ascending, salary descending, name ascending.
# Negating a number reverses just that one key.
ranked = sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))
for e in ranked:
    print(f"{e.dept:<4} {e.salary:>4} {e.name}")

# Python's sort is stable: equal keys keep their earlier order, so
# sorting by the minor key first and the major key second also works.
two_pass = sorted(sorted(staff, key=attrgetter("name")), key=attrgetter("dept"))
print([e.name for e in two_pass])

# Need just the top one? max() is O(n); no need to sort everything.
print("best paid:", max(staff, key=attrgetter("salary")).name)  # first max wins on ties
