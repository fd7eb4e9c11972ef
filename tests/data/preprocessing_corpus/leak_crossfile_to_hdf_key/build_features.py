import pandas as pd
from sklearn.preprocessing import RobustScaler

def main():
    df = pd.read_parquet("raw/loans.parquet")
    num = df.select_dtypes("number").columns.drop("defaulted")
    df[num] = RobustScaler().fit_transform(df[num])
    df.to_hdf("processed/loans.h5", key="loans", mode="w")

if __name__ == "__main__":
    main()
