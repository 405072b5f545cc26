import { useEffect, useState } from "react";

// Loads a user whenever `userId` changes, and never shows a stale answer.
export default function UserCard({ userId }) {
  const [user, setUser] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    const controller = new AbortController();
    setUser(null);
    setError(null);

    async function load() {
      try {
        const res = await fetch(`/api/users/${userId}`, { signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        setUser(await res.json());
      } catch (err) {
        // An aborted request is expected when userId changes: ignore it.
        if (err.name !== "AbortError") setError(err.message);
      }
    }
    load();

    // Cleanup runs before the next effect and on unmount: cancel the
    // old request so a slow response cannot overwrite a newer one.
    return () => controller.abort();
  }, [userId]); // re-run only when the id changes

  if (error) return <p role="alert">Could not load user: {error}</p>;
  if (!user) return <p>Loading…</p>;
  return (
    <article>
      <h2>{user.name}</h2>
      <p>{user.email}</p>
    </article>
  );
}
