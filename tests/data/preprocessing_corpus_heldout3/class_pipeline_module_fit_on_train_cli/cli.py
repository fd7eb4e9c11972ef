import argparse
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR
from pipeline.features import FeatureStore


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="real_estate_valuation.csv")
    args = ap.parse_args()
    cols = ["house_age", "dist_mrt", "n_stores", "lat", "lon"]
    frame = pd.read_csv(args.data)
    tr, te = train_test_split(frame, test_size=0.2, random_state=1)
    fs = FeatureStore(cols).fit(tr)
    tr, te = fs.transform(tr), fs.transform(te)
    print(SVR(C=5).fit(tr[cols], tr["price_per_unit"]).score(te[cols], te["price_per_unit"]))


if __name__ == "__main__":
    main()
