import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

bc = pd.read_csv("breast_cancer_coimbra.csv")
X, y = bc.drop(columns="Classification"), bc["Classification"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=3, stratify=y)
sc = StandardScaler()
X_tr = sc.fit_transform(X_tr)
X_te = sc.transform(X_te)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
