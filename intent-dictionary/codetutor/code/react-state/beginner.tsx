import { useState } from "react";

// A counter: the number lives in React state, not in a plain variable.
export default function Counter() {
  // The type is inferred from the initial value: count is a number.
  const [count, setCount] = useState<number>(0);

  return (
    <div>
      <p>You clicked {count} times</p>
      {/* Calling setCount asks React to re-render with the new value. */}
      <button onClick={() => setCount(count + 1)}>Click me</button>
      <button onClick={() => setCount(0)}>Reset</button>
    </div>
  );
}
