from collections import deque
from dataclasses import dataclass


@dataclass
class Replace:  # a command object: insert (length 0), delete (new ""), or both
    pos: int
    length: int
    new: str
    old: str = ""  # what apply removed, so revert can put it back
    def apply(self, doc: "Document") -> None:
        self.old = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + self.new + doc.text[self.pos + self.length:]

    def revert(self, doc: "Document") -> None:
        doc.text = doc.text[:self.pos] + self.old + doc.text[self.pos + len(self.new):]


class Document:
    def __init__(self, max_history: int = 100) -> None:
        self.text = ""
        self._undo: deque[Replace] = deque(maxlen=max_history)  # oldest edits fall off
        self._redo: list[Replace] = []

    def execute(self, cmd: Replace) -> None:
        cmd.apply(self)
        self._undo.append(cmd)
        self._redo.clear()  # a new edit makes the old redo history meaningless

    def undo(self) -> bool:
        return self._move(self._undo, self._redo, Replace.revert)

    def redo(self) -> bool:
        return self._move(self._redo, self._undo, Replace.apply)

    def _move(self, src, dst, action) -> bool:
        if not src:
            return False  # nothing to undo/redo: not an error
        dst.append(src.pop())  # move the command across, then run it
        action(dst[-1], self)
        return True


doc = Document(max_history=2)
for cmd in (Replace(0, 0, "Hello"), Replace(5, 0, " world"), Replace(0, 5, "Goodbye")):
    doc.execute(cmd)
for step in (doc.undo, doc.undo, doc.undo, doc.redo):  # 3rd undo fails: only 2 kept
    print(step.__name__, step(), repr(doc.text))
doc.execute(Replace(11, 0, "!"))  # a new edit clears the redo stack
print(repr(doc.text), "redo possible:", doc.redo())
