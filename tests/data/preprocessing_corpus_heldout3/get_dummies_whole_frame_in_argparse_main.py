import argparse
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC


def load(path):
    return pd.read_csv(path)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", default="mushroom_agaricus.csv")
    ap.add_argument("--test-size", type=float, default=0.25)
    opts = ap.parse_args(argv)
    shrooms = load(opts.csv)
    onehot = pd.get_dummies(shrooms.drop(columns="edible"), dtype=float)
    x1, x2, y1, y2 = train_test_split(onehot, shrooms["edible"], test_size=opts.test_size, random_state=0)
    print("accuracy", LinearSVC().fit(x1, y1).score(x2, y2))


if __name__ == "__main__":
    main()
