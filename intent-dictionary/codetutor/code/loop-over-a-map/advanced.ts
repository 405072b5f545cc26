// Invert person -> team into team -> sorted list of people.
function groupByTeam(assignments: Record<string, string>): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  for (const [person, team] of Object.entries(assignments)) {
    const people = teams.get(team) ?? [];
    people.push(person);
    teams.set(team, people);
  }
  for (const people of teams.values()) people.sort();
  return teams;
}

// Generic "entry with the largest value"; undefined for an empty map.
function maxEntry<K>(map: ReadonlyMap<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const entry of map) {
    if (best === undefined || entry[1] > best[1]) best = entry;
  }
  return best;
}

const assignments = { ana: "web", bo: "data", cy: "web", di: "ops", ed: "data" };
const teams = groupByTeam(assignments);
for (const team of [...teams.keys()].sort()) {
  console.log(`${team.padEnd(5)} ${teams.get(team)!.join(", ")}`);
}

const scores = new Map<string, number>([["ana", 7], ["bo", 0], ["cy", 3], ["di", 0]]);
const active = new Map([...scores].filter(([, score]) => score !== 0));
console.log(Object.fromEntries(active));

const best = maxEntry(active);
if (best) console.log(`top scorer: ${best[0]} (${best[1]})`);
console.log("empty map ->", maxEntry(new Map<string, number>()));
