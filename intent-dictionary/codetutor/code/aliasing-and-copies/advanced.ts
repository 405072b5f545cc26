// Use types to make shared data read-only, and copy where you mutate.

interface Settings {
  readonly theme: { readonly color: string };
  readonly tags: readonly string[];
}

const defaults: Settings = { theme: { color: "light" }, tags: ["web"] };

// defaults.tags.push("api");      // compile error: readonly array
// defaults.theme.color = "dark";  // compile error: readonly property

// "Update" by building a new object that shares unchanged parts.
function withColor(s: Settings, color: string): Settings {
  return { ...s, theme: { ...s.theme, color } };
}

const dark = withColor(defaults, "dark");
console.log(defaults.theme.color, dark.theme.color); // light dark
console.log(dark.tags === defaults.tags); // true: sharing is safe when nobody mutates

// readonly is compile-time only: a mutable deep copy for local edits.
const editable = structuredClone(defaults) as { theme: { color: string }; tags: string[] };
editable.tags.push("api");
console.log(defaults.tags, editable.tags); // [ 'web' ] [ 'web', 'api' ]

// Defensive copies at class boundaries.
class Playlist {
  readonly #songs: string[];
  constructor(songs: readonly string[]) {
    this.#songs = [...songs]; // copy in
  }
  get songs(): readonly string[] {
    return [...this.#songs]; // copy out
  }
}

const input = ["intro"];
const p = new Playlist(input);
input.push("outro");
console.log(p.songs); // [ 'intro' ]
