import argparse

import pandas as pd


def main(src, dst):
    df = pd.read_csv(src)
    df["income"] = df["income"].fillna(df["income"].median())
    df["income_log"] = (df["income"] - df["income"].mean()) / df["income"].std()
    df.to_csv(dst, index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", default="data/raw/credit.csv")
    parser.add_argument("--dst", default="data/interim/credit_clean.csv")
    args = parser.parse_args()
    main(args.src, args.dst)
