// Invert person -> team into team -> sorted list of people.
function groupByTeam(assignments) {
  const teams = new Map();
  for (const [person, team] of Object.entries(assignments)) {
    if (!teams.has(team)) teams.set(team, []);
    teams.get(team).push(person);
  }
  for (const people of teams.values()) people.sort();
  return teams;
}

// Deleting the current key while iterating a Map is allowed by the spec,
// but building a new Map keeps the input untouched and the intent clear.
function withoutZeros(scores) {
  return new Map([...scores].filter(([, score]) => score !== 0));
}

const assignments = { ana: "web", bo: "data", cy: "web", di: "ops", ed: "data" };
const teams = groupByTeam(assignments);
for (const team of [...teams.keys()].sort()) {
  console.log(`${team.padEnd(5)} ${teams.get(team).join(", ")}`);
}

const scores = new Map([["ana", 7], ["bo", 0], ["cy", 3], ["di", 0]]);
const active = withoutZeros(scores);
console.log(Object.fromEntries(active));

// Highest value in one pass
let best = null;
for (const [name, score] of active) {
  if (best === null || score > best[1]) best = [name, score];
}
console.log(`top scorer: ${best[0]} (${best[1]})`);
