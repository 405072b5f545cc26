// JavaScript has no enum type; a frozen object of constants is the usual stand-in.
const Light = Object.freeze({
  RED: "red",
  YELLOW: "yellow",
  GREEN: "green",
});

function nextLight(light) {
  switch (light) {
    case Light.RED: return Light.GREEN;
    case Light.GREEN: return Light.YELLOW;
    case Light.YELLOW: return Light.RED;
    default: throw new RangeError(`not a light: ${light}`);
  }
}

let light = Light.RED;
for (let i = 0; i < 4; i++) {
  console.log(light, "->", nextLight(light));
  light = nextLight(light);
}
console.log("all lights:", Object.values(Light));
