import argparse

import pandas as pd


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--raw", default="data/raw/insurance.csv")
    parser.add_argument("--out", default="data/processed/insurance_clean.csv")
    args = parser.parse_args()

    df = pd.read_csv(args.raw)
    df["bmi"] = df["bmi"].fillna(df["bmi"].median())
    df["children"] = df["children"].fillna(df["children"].mode()[0])
    df.to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
