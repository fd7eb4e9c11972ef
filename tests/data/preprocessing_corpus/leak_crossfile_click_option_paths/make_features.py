import click
import pandas as pd
from sklearn.preprocessing import PowerTransformer


@click.command()
@click.option("--input-path", default="data/raw/credit.csv")
@click.option("--output-path", default="data/interim/credit_features.csv")
def main(input_path, output_path):
    df = pd.read_csv(input_path)
    num = ["income", "debt", "age"]
    df[num] = PowerTransformer().fit_transform(df[num])
    df.to_csv(output_path, index=False)


if __name__ == "__main__":
    main()
