import argparse

import pandas as pd


def main(input_path, output_path):
    df = pd.read_csv(input_path)
    df = df[(df["bmi"] > 0) & (df["glucose"] > 0)]
    df.to_csv(output_path, index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", default="data/diabetes.csv")
    parser.add_argument("--output", default="data/diabetes_valid.csv")
    args = parser.parse_args()
    main(args.input, args.output)
