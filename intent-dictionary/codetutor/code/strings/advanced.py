import re
import unicodedata


def slugify(title: str, max_len: int = 40) -> str:
    """URL slug: ASCII, lower case, words joined by hyphens."""
    # NFKD splits "é" into "e" plus a combining accent, which the ASCII encode drops.
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_len].rstrip("-")


def is_palindrome(text: str) -> bool:
    letters = [ch.casefold() for ch in text if ch.isalnum()]
    return letters == letters[::-1]


print(slugify("Crème Brûlée: A Beginner's Guide!"))
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("Hello"))

# Text that looks identical can differ in code points: normalise before comparing.
composed, decomposed = "café", "cafe\u0301"
print(composed == decomposed, len(composed), len(decomposed))
print(unicodedata.normalize("NFC", decomposed) == composed)

# casefold() is stronger than lower(): German ß folds to "ss".
print("STRASSE".casefold() == "straße".casefold())

# Build big strings with join rather than repeated +=.
rows = [("pen", 150), ("notebook", 1299)]
print("\n".join(f"{item:<10}{cents / 100:>8.2f}" for item, cents in rows))

key, _, value = "timeout=30".partition("=")
print(key, int(value))
