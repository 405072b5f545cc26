use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    NotANumber { key: &'static str, source: ParseIntError },
    OutOfRange(u32),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key '{key}'"),
            ConfigError::NotANumber { key, .. } => write!(f, "'{key}' is not a number"),
            ConfigError::OutOfRange(port) => write!(f, "port {port} is outside 1-65535"),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::NotANumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn port(settings: &HashMap<&str, &str>) -> Result<u16, ConfigError> {
    let raw = settings.get("port").ok_or(ConfigError::Missing("port"))?;
    let value: u32 = raw.parse().map_err(|source| ConfigError::NotANumber { key: "port", source })?;
    u16::try_from(value).ok().filter(|&p| p != 0).ok_or(ConfigError::OutOfRange(value))
}

fn main() {
    let cases = [vec![("port", "8080")], vec![], vec![("port", "http")], vec![("port", "70000")]];
    for pairs in cases {
        let settings: HashMap<&str, &str> = pairs.into_iter().collect();
        match port(&settings) {
            Ok(p) => println!("listening on {p}"),
            Err(e) => match e.source() {
                Some(cause) => println!("error: {e} (caused by: {cause})"),
                None => println!("error: {e}"),
            },
        }
    }
}
