from pathlib import Path

DATA_DIR = Path("data")


def processed(name):
    return DATA_DIR / "processed" / f"{name}.feather"
