import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

NORM = {}


def learn_norm(frame, cols):
    for c in cols:
        NORM[c] = (frame[c].mean(), frame[c].std())


def apply_norm(frame):
    frame = frame.copy()
    for c, (mu, sd) in NORM.items():
        frame[c] = (frame[c] - mu) / sd
    return frame


df = pd.read_csv("heart_failure.csv")
cols = ["age", "ejection_fraction", "serum_creatinine", "serum_sodium", "platelets"]
train, test = train_test_split(df, test_size=0.2, random_state=0)
learn_norm(train, cols)
train, test = apply_norm(train), apply_norm(test)
print(LogisticRegression().fit(train[cols], train["DEATH_EVENT"]).score(test[cols], test["DEATH_EVENT"]))
