import argparse
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.ensemble import GradientBoostingClassifier


def load_data(path):
    frame = pd.read_csv(path)
    return frame.drop(columns=["label"]).values, frame["label"].values


def preprocess(features):
    scaler = RobustScaler()
    return scaler.fit_transform(features)


def main(args):
    X, y = load_data(args.data)
    X = preprocess(X)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=args.test_size, random_state=args.seed)
    clf = GradientBoostingClassifier().fit(X_tr, y_tr)
    print(f"accuracy {clf.score(X_te, y_te):.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data.csv")
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    main(parser.parse_args())
