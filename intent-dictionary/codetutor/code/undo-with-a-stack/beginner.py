class Editor:
    def __init__(self):
        self.text = ""
        self.history = []  # a list used as a stack: append = push, pop = pop

    def type(self, words):
        self.history.append(self.text)  # remember the state before the change
        self.text += words

    def undo(self):
        if self.history:  # nothing to undo on an empty stack
            self.text = self.history.pop()


editor = Editor()
editor.type("Hello")
editor.type(", world")
print(editor.text)
editor.undo()  # the most recent change is undone first
print(editor.text)
editor.undo()
editor.undo()  # safe: the stack is already empty
print(repr(editor.text))
