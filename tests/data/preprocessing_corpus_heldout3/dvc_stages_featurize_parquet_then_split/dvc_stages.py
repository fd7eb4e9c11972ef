STAGES = [
    ("featurize", "python src/featurize.py data/telco.csv data/features.parquet"),
    ("split", "python src/split.py data/features.parquet data/train.parquet data/test.parquet"),
    ("train", "python src/train.py data/train.parquet data/test.parquet"),
]
