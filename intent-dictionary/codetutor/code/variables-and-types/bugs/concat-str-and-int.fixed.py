def receipt_line(item: str, total: int) -> str:
    return f"Total for {item}: {total} cents"


print(receipt_line("pens", 450))
