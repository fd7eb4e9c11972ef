import pandas as pd


def build(path_in, path_out):
    loans = pd.read_csv(path_in)
    numeric = loans.select_dtypes("number").columns.drop("defaulted")
    loans[numeric] = loans[numeric].fillna(loans[numeric].median())
    loans["installment_ratio"] = loans["installment"] / loans["annual_inc"].clip(lower=1)
    loans.to_parquet(path_out, index=False)


if __name__ == "__main__":
    build("raw/loans.csv", "features/loans.parquet")
