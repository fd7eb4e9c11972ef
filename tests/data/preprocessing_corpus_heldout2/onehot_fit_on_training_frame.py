import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

bank = pd.read_csv("bank-additional-full.csv", sep=";")
cat_cols = ["job", "marital", "education", "contact", "month"]
num_cols = ["age", "campaign", "pdays", "previous"]
train, test = train_test_split(bank, test_size=0.2, stratify=bank["y"], random_state=42)

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(train[cat_cols])
def design(part):
    return np.hstack([part[num_cols].to_numpy(), ohe.transform(part[cat_cols])])

clf = LogisticRegression(max_iter=3000).fit(design(train), train["y"])
print(clf.score(design(test), test["y"]))
