// An enum is a fixed set of named values; nothing else is a Light.
enum Light {
  Red = "RED",
  Yellow = "YELLOW",
  Green = "GREEN",
}

function nextLight(light: Light): Light {
  switch (light) {
    case Light.Red: return Light.Green;
    case Light.Green: return Light.Yellow;
    case Light.Yellow: return Light.Red;
  }
}

let light = Light.Red;
for (let i = 0; i < 4; i++) {
  console.log(light, "->", nextLight(light));
  light = nextLight(light);
}
console.log("all lights:", Object.values(Light));
