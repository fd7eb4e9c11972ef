import pandas as pd
from eli5.sklearn import PermutationImportance
from sklearn.feature_selection import SelectFromModel
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split

heart = pd.read_csv("heart_failure_clinical_records.csv")
y = heart.pop("DEATH_EVENT")
perm = PermutationImportance(SVC(kernel="rbf", C=3), cv=None, n_iter=5, random_state=1).fit(heart.to_numpy(), y)
sel = SelectFromModel(perm, threshold=0.002, prefit=True)
X_sel = sel.transform(heart.to_numpy())

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=1, stratify=y)
print("test accuracy", SVC(kernel="rbf", C=3).fit(X_train, y_train).score(X_test, y_test))
