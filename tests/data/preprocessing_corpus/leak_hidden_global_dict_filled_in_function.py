import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

NORM = {}


def learn_norm(frame, cols):
    for c in cols:
        NORM[c] = (frame[c].mean(), frame[c].std())


def apply_norm(frame):
    for c, (mu, sd) in NORM.items():
        frame[c] = (frame[c] - mu) / sd
    return frame


df = pd.read_csv("heart_failure.csv")
cols = ["age", "ejection_fraction", "serum_creatinine", "serum_sodium", "platelets"]
learn_norm(df, cols)
df = apply_norm(df)
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["DEATH_EVENT"], test_size=0.2, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
