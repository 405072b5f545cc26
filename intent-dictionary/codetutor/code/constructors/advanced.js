// A colour that is valid from the moment it exists.
class Rgb {
  constructor(red, green, blue) {
    for (const [name, value] of Object.entries({ red, green, blue })) {
      if (!Number.isInteger(value) || value < 0 || value > 255) {
        throw new RangeError(`${name} must be an integer in 0..255, got ${value}`);
      }
    }
    this.red = red;
    this.green = green;
    this.blue = blue;
    Object.freeze(this); // fully built, then locked
  }

  // JavaScript allows one constructor per class; static factories add more ways in.
  static fromHex(text) {
    const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
    if (match === null) {
      throw new SyntaxError(`expected #rrggbb, got "${text}"`);
    }
    const [r, g, b] = match.slice(1).map((pair) => parseInt(pair, 16));
    return new Rgb(r, g, b);
  }

  static grey(level) {
    return new Rgb(level, level, level);
  }

  toString() {
    return `Rgb(${this.red}, ${this.green}, ${this.blue})`;
  }
}

console.log(String(new Rgb(255, 136, 0)));
console.log(String(Rgb.fromHex("#1e90ff")));
console.log(String(Rgb.grey(128)));
for (const attempt of [() => new Rgb(300, 0, 0), () => Rgb.fromHex("#abc")]) {
  try {
    attempt();
  } catch (err) {
    console.log("rejected:", err.message);
  }
}
