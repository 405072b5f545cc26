import { useState, type FormEvent } from "react";

interface Todo { id: number; text: string; done: boolean }

let nextId = 3;

export default function TodoList() {
  const [todos, setTodos] = useState<Todo[]>([
    { id: 1, text: "Write tests", done: false },
    { id: 2, text: "Review PR", done: true },
  ]);
  const [draft, setDraft] = useState("");

  // Derived value: computed during render, never stored in its own state.
  const remaining = todos.filter((t) => !t.done).length;

  function addTodo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = draft.trim();
    if (text === "") return;
    const id = nextId++; // side effects stay outside the updater function
    // Functional update: always builds on the latest state, even when batched.
    setTodos((prev) => [...prev, { id, text, done: false }]);
    setDraft("");
  }

  function toggle(id: number) {
    // Never mutate: a new array, with a new object for the changed item.
    setTodos((prev) => prev.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  }

  return (
    <form onSubmit={addTodo}>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit">Add</button>
      <ul>
        {todos.map((t) => (
          <li key={t.id}>
            <input type="checkbox" checked={t.done} onChange={() => toggle(t.id)} />
            {t.done ? <s>{t.text}</s> : t.text}
          </li>
        ))}
      </ul>
      <p>{remaining} left to do</p>
    </form>
  );
}
