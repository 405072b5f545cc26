const users = [
  { id: 1, name: "ana" },
  { id: 2, name: "bo" },
  { id: 3, name: "cy" },
];

function indexOfName(users, name) {
  for (let i = 0; i <= users.length; i++) {
    if (users[i].name === name) return i;
  }
  return -1;
}

console.log(indexOfName(users, "bo"));
console.log(indexOfName(users, "zed"));
