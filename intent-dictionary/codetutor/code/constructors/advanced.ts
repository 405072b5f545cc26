// A colour that is valid from the moment it exists.
class Rgb {
  // private constructor: callers must go through the validating factories
  private constructor(readonly red: number, readonly green: number, readonly blue: number) {}

  static of(red: number, green: number, blue: number): Rgb {
    for (const [name, value] of Object.entries({ red, green, blue })) {
      if (!Number.isInteger(value) || value < 0 || value > 255) {
        throw new RangeError(`${name} must be an integer in 0..255, got ${value}`);
      }
    }
    return new Rgb(red, green, blue);
  }

  static fromHex(text: string): Rgb {
    const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
    if (match === null) {
      throw new SyntaxError(`expected #rrggbb, got "${text}"`);
    }
    const [r, g, b] = match.slice(1).map((pair) => parseInt(pair, 16));
    return Rgb.of(r, g, b);
  }

  static grey(level: number): Rgb {
    return Rgb.of(level, level, level);
  }

  toString(): string {
    return `Rgb(${this.red}, ${this.green}, ${this.blue})`;
  }
}

console.log(String(Rgb.of(255, 136, 0)));
console.log(String(Rgb.fromHex("#1e90ff")));
console.log(String(Rgb.grey(128)));
// new Rgb(1, 2, 3);  // compile error: constructor of class 'Rgb' is private
for (const attempt of [() => Rgb.of(300, 0, 0), () => Rgb.fromHex("#abc")]) {
  try {
    attempt();
  } catch (err) {
    console.log("rejected:", (err as Error).message);
  }
}
