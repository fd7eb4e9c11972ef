import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

cancer = pd.read_csv("breast_cancer_wisconsin.csv").drop(columns=["id"])
y = (cancer.pop("diagnosis") == "M").astype(int)

forest = RandomForestClassifier(n_estimators=500, random_state=0)
forest.fit(cancer, y)
selector = SelectFromModel(forest, threshold="median", prefit=True)
X_sel = selector.transform(cancer)
print("kept", X_sel.shape[1], "of", cancer.shape[1])

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.3, random_state=0)
print(SVC(gamma="scale").fit(X_train, y_train).score(X_test, y_test))
