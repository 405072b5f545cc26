from enum import Enum


class Light(Enum):  # a fixed set of named values; nothing else is a Light
    RED = 1
    YELLOW = 2
    GREEN = 3


def next_light(light):
    if light is Light.RED:
        return Light.GREEN
    if light is Light.GREEN:
        return Light.YELLOW
    return Light.RED


light = Light.RED
for _ in range(4):
    print(light.name, "->", next_light(light).name)
    light = next_light(light)
print("all lights:", [member.name for member in Light])
