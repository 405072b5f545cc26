import { useEffect, useState } from "react";

// Shows how many seconds the component has been on screen.
export default function Stopwatch() {
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    // Runs after the first render: start a timer.
    const timer = setInterval(() => {
      setSeconds((s) => s + 1); // functional update: no stale value
    }, 1000);
    // Cleanup: runs when the component leaves the screen.
    return () => clearInterval(timer);
  }, []); // empty list: set up once, not after every render

  return <p>On screen for {seconds} s</p>;
}
