from enum import Enum


class Status(Enum):
    PENDING = 1
    PAID = 2
    SHIPPED = 3


row = {"id": 17, "status": "PAID"}  # as read back from a database
status = Status(row["status"])
print("order", row["id"], "is", status.name)
