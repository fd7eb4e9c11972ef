import matplotlib.pyplot as plt
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

adult = pd.read_csv("adult_numeric.csv")
X, y = adult.drop(columns="income_gt_50k"), adult["income_gt_50k"]
X_fit, X_val, y_fit, y_val = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)

gbc = GradientBoostingClassifier(random_state=0).fit(X_fit, y_fit)
print("validation accuracy", gbc.score(X_val, y_val))

# importance measured on the validation part, for the report only
res = permutation_importance(gbc, X_val, y_val, n_repeats=20, random_state=0)
order = res.importances_mean.argsort()
plt.boxplot(res.importances[order].T, vert=False, labels=X.columns[order])
plt.tight_layout()
plt.savefig("permutation_importance.png")
