from enum import Enum


class Status(Enum):
    PENDING = 1
    PAID = 2
    SHIPPED = 3


row = {"id": 17, "status": "PAID"}  # as read back from a database
status = Status[row["status"]]  # square brackets look a member up by its name
print("order", row["id"], "is", status.name)
