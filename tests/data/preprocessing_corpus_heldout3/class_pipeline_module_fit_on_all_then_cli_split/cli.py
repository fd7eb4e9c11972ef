import argparse
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR
from pipeline.features import FeatureStore


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="real_estate_valuation.csv")
    args = ap.parse_args()
    cols = ["house_age", "dist_mrt", "n_stores", "lat", "lon"]
    frame = FeatureStore(args.data).build(cols)
    tr, te = train_test_split(frame, test_size=0.2, random_state=1)
    print(SVR(C=5).fit(tr[cols], tr["price_per_unit"]).score(te[cols], te["price_per_unit"]))


if __name__ == "__main__":
    main()
