import argparse

import pandas as pd
from sklearn.preprocessing import StandardScaler


def main(input_path, output_path):
    df = pd.read_csv(input_path)
    feats = ["glucose", "bmi", "age", "insulin"]
    df[feats] = StandardScaler().fit_transform(df[feats])
    df.to_csv(output_path, index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", default="data/diabetes.csv")
    parser.add_argument("--output", default="data/diabetes_scaled.csv")
    args = parser.parse_args()
    main(args.input, args.output)
