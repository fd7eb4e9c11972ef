import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, StratifiedKFold

cc = pd.read_csv("creditcard.csv")
X, y = cc.drop(columns=["Class", "Time"]), cc["Class"]
pipe = Pipeline([("scale", StandardScaler()), ("smote", SMOTE(random_state=2)), ("lr", LogisticRegression(max_iter=1000))])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
print(cross_val_score(pipe, X, y, cv=cv, scoring="average_precision").mean())
