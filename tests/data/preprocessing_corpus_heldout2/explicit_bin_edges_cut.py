import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

AGE_EDGES = [0, 18, 30, 45, 60, 120]
BMI_EDGES = [0, 18.5, 25, 30, 100]
ins = pd.read_csv("insurance.csv")
ins["age_band"] = pd.cut(ins["age"], bins=AGE_EDGES, labels=False)
ins["bmi_band"] = pd.cut(ins["bmi"], bins=BMI_EDGES, labels=False)
ins["smoker"] = (ins["smoker"] == "yes").astype(int)

X = ins[["age_band", "bmi_band", "smoker", "children"]]
y = ins["charges"] > 15000
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
print(DecisionTreeClassifier(max_depth=4).fit(X_tr, y_tr).score(X_te, y_te))
