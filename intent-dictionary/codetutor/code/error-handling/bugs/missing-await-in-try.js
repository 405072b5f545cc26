async function loadConfig(text) {
  const config = JSON.parse(text);
  if (!("port" in config)) {
    throw new Error("config is missing 'port'");
  }
  return config;
}

async function main() {
  try {
    const config = loadConfig('{"host": "localhost"}');
    console.log("port:", config.port);
  } catch (err) {
    console.log("using defaults because:", err.message);
  }
}

main();
