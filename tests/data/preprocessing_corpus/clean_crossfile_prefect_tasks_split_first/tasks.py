import pandas as pd
from prefect import task
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


@task
def load(path):
    return pd.read_csv(path)


@task
def train(df):
    X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns="label"), df["label"], test_size=0.2)
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_tr, y_tr)
    return model.score(X_te, y_te)
