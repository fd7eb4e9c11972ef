import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier


def fit_and_score(src):
    df = pd.read_pickle(src)
    cols = ["CreditScore", "Age", "Balance", "EstimatedSalary"]
    a, b = train_test_split(df, test_size=0.2, random_state=0)
    clf = GradientBoostingClassifier().fit(a[cols], a["Exited"])
    return float(clf.score(b[cols], b["Exited"]))
