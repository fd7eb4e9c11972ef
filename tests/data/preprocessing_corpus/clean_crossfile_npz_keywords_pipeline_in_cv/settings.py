import os

DATA_DIR = os.environ.get("DATA_DIR", "data")
PROCESSED = os.path.join(DATA_DIR, "processed", "har.npz")
