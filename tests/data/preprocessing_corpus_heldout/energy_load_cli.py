#!/usr/bin/env python
"""Train an hourly energy-load regressor.

Usage: python energy_load_cli.py --data load.csv --test-size 0.2
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import r2_score


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--test-size", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=1)
    return p.parse_args()


def clean(frame):
    frame = frame.set_index("datetime").sort_index()
    frame = frame[~frame.index.duplicated()]
    return frame.interpolate(limit_direction="both")


def add_calendar(frame):
    frame["hour"] = frame.index.hour
    frame["dow"] = frame.index.dayofweek
    frame["month"] = frame.index.month
    return frame


def main():
    args = parse_args()
    raw = pd.read_csv(args.data, parse_dates=["datetime"])
    data = add_calendar(clean(raw))
    X = data.drop(columns=["load_mw"])
    y = data["load_mw"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=args.test_size, random_state=args.seed)
    model = ExtraTreesRegressor(n_estimators=400, n_jobs=-1, random_state=args.seed)
    model.fit(X_train, y_train)
    print("R2 on held-out hours:", r2_score(y_test, model.predict(X_test)))


if __name__ == "__main__":
    main()
