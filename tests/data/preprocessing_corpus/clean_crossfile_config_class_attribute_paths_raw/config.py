from pathlib import Path


class Config:
    ROOT = Path("/data/diabetes")
    RAW = ROOT / "diabetes.csv"
    FEATURES = ROOT / "features.npy"
    LABELS = ROOT / "labels.npy"
    SEED = 42
