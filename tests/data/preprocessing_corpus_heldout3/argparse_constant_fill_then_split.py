import argparse
import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier


def main():
    parser = argparse.ArgumentParser(description="predict machine failure from telemetry")
    parser.add_argument("--csv", default="predictive_maintenance.csv")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    telemetry = pd.read_csv(args.csv, parse_dates=["datetime"])
    telemetry = telemetry.fillna({"volt": 0.0, "rotate": 0.0, "pressure": 0.0, "vibration": 0.0})
    cols = ["volt", "rotate", "pressure", "vibration", "age"]
    xtr, xva, ytr, yva = train_test_split(telemetry[cols], telemetry["failure"], test_size=0.3, random_state=args.seed, stratify=telemetry["failure"])
    clf = XGBClassifier(n_estimators=300, max_depth=5, eval_metric="logloss")
    clf.fit(xtr, ytr)
    print("accuracy", clf.score(xva, yva))


if __name__ == "__main__":
    main()
