from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw" / "bikes.csv"
PROCESSED = ROOT / "data" / "processed" / "bikes_features.pkl"
