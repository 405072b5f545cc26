type Shape =
  | { kind: "circle"; radius: number }
  | { kind: "rect"; width: number; height: number }
  | { kind: "triangle"; base: number; height: number };

function assertNever(value: never): never {
  throw new Error(`unhandled shape: ${JSON.stringify(value)}`);
}

function area(shape: Shape): number {
  // Inside each case TypeScript narrows `shape` to that variant.
  switch (shape.kind) {
    case "circle":
      return Math.PI * shape.radius ** 2;
    case "rect":
      return shape.width * shape.height;
    case "triangle":
      return (shape.base * shape.height) / 2;
    default:
      // Adding a new kind to Shape turns this line into a compile error until it is handled.
      return assertNever(shape);
  }
}

function sizeLabel(a: number): string {
  if (a >= 100) return "large";
  if (a >= 10) return "medium";
  return "small";
}

const shapes: Shape[] = [
  { kind: "circle", radius: 6 },
  { kind: "rect", width: 3, height: 4 },
  { kind: "triangle", base: 2, height: 3 },
];
for (const s of shapes) {
  const a = area(s);
  console.log(`${s.kind.padEnd(8)} ${a.toFixed(2).padStart(7)}  ${sizeLabel(a)}`);
}
