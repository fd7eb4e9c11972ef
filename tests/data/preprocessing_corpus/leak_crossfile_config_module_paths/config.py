"""Paths shared by the pipeline steps."""
RAW_TRAIN = "input/titanic/train.csv"
FEATURES = "working/titanic_features.csv"
TARGET = "Survived"
