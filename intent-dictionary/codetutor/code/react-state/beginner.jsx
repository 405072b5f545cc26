import { useState } from "react";

// A counter: the number lives in React state, not in a plain variable.
export default function Counter() {
  // useState returns the current value and a function that changes it.
  const [count, setCount] = useState(0);

  return (
    <div>
      <p>You clicked {count} times</p>
      {/* Calling setCount asks React to re-render with the new value. */}
      <button onClick={() => setCount(count + 1)}>Click me</button>
      <button onClick={() => setCount(0)}>Reset</button>
    </div>
  );
}
