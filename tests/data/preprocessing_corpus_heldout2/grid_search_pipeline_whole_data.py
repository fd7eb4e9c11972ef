import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import GridSearchCV, StratifiedKFold

wine = pd.read_csv("wine.csv")
X, y = wine.drop(columns="Class"), wine["Class"]
pipe = Pipeline([("scaler", StandardScaler()), ("svc", SVC())])
grid = GridSearchCV(pipe, {"svc__C": [0.1, 1, 10, 100], "svc__gamma": ["scale", 0.01, 0.1]},
                    cv=StratifiedKFold(5, shuffle=True, random_state=0))
grid.fit(X, y)
print(grid.best_params_, round(grid.best_score_, 3))
