import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesRegressor

COLS = ["lat", "lon", "rooms", "area", "year_built"]


def clean(frame):
    frame = frame.drop_duplicates()
    imp = IterativeImputer(max_iter=10, random_state=0)
    frame[COLS] = imp.fit_transform(frame[COLS])
    return frame


df = clean(pd.read_csv("apartments.csv"))
train, test = train_test_split(df, test_size=0.2, random_state=0)
et = ExtraTreesRegressor().fit(train[COLS], train["price"])
print(et.score(test[COLS], test["price"]))
