from collections import defaultdict


def group_by_team(assignments: dict[str, str]) -> dict[str, list[str]]:
    """Invert person -> team into team -> sorted list of people."""
    teams: dict[str, list[str]] = defaultdict(list)
    for person, team in assignments.items():
        teams[team].append(person)
    return {team: sorted(people) for team, people in teams.items()}


def drop_inactive(scores: dict[str, int]) -> None:
    """Remove zero scores in place. Iterate over a snapshot of the keys:
    deleting from a dict while looping over it raises RuntimeError."""
    for name in list(scores):
        if scores[name] == 0:
            del scores[name]


assignments = {"ana": "web", "bo": "data", "cy": "web", "di": "ops", "ed": "data"}
# sorted() gives a stable, readable order independent of insertion order
for team, people in sorted(group_by_team(assignments).items()):
    print(f"{team:<5} {', '.join(people)}")

scores = {"ana": 7, "bo": 0, "cy": 3, "di": 0}
drop_inactive(scores)
print(scores)

# Find the entry with the highest value in one pass
best_name, best_score = max(scores.items(), key=lambda kv: kv[1])
print(f"top scorer: {best_name} ({best_score})")
