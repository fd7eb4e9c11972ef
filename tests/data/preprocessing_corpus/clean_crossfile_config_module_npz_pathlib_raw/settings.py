from pathlib import Path

ROOT = Path(__file__).resolve().parent
PROCESSED = ROOT / "processed"
FEATURES_NPZ = PROCESSED / "heart_features.npz"
TARGET = "HeartDisease"
