import pandas as pd
from prefect import task
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


@task
def load(path):
    return pd.read_csv(path)


@task
def preprocess(df):
    cols = df.columns.drop("label")
    df[cols] = StandardScaler().fit_transform(df[cols])
    return df


@task
def train(df):
    X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns="label"), df["label"], test_size=0.2)
    return LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te)
