import pandas as pd
from sklearn.impute import SimpleImputer


def clean_features(src, dst):
    df = pd.read_csv(src)
    cols = ["CreditScore", "Age", "Balance", "EstimatedSalary"]
    df[cols] = SimpleImputer(strategy="median").fit_transform(df[cols])
    df.to_pickle(dst)
