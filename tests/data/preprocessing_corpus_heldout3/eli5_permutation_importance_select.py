import pandas as pd
from eli5.sklearn import PermutationImportance
from sklearn.feature_selection import SelectFromModel
from sklearn.svm import SVC
from sklearn.model_selection import train_test_split

seeds = pd.read_csv("dry_bean_dataset.csv")
X, y = seeds.drop(columns="Class"), seeds["Class"]
perm = PermutationImportance(SVC(kernel="rbf"), cv=None).fit(X, y)
sel = SelectFromModel(perm, threshold=0.005, prefit=True)
X_sel = sel.transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y, test_size=0.25, random_state=0, stratify=y)
print(SVC(kernel="rbf").fit(X_tr, y_tr).score(X_te, y_te))
