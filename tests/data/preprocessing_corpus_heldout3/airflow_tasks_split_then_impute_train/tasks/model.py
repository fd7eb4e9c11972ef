import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier


def fit_and_score(src):
    df = pd.read_csv(src)
    cols = ["CreditScore", "Age", "Balance", "EstimatedSalary"]
    a, b = train_test_split(df, test_size=0.2, random_state=0)
    imp = SimpleImputer(strategy="median").fit(a[cols])
    clf = GradientBoostingClassifier().fit(imp.transform(a[cols]), a["Exited"])
    return float(clf.score(imp.transform(b[cols]), b["Exited"]))
