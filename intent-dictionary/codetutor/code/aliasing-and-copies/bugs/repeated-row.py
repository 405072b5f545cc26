# A 3x3 tic-tac-toe board, initially empty.
board = [["."] * 3] * 3          # BUG: three references to ONE row

board[0][0] = "X"                # place an X in the top-left corner
empty = sum(row.count(".") for row in board)
assert empty == 8, f"expected 8 empty squares, found {empty}"
print(board)
